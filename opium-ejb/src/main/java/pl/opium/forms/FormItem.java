package pl.opium.forms;

/** A field or a repeatable table of a form section; its key names its answer. */
public sealed interface FormItem permits FormField, FormTable {

    String key();

    String label();

    String help();
}
