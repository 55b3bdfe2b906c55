package pl.opium.recruitment.campaign;

/** A unit as an institution types it: name, kind, places, continuing children, the class's two subjects. */
public record UnitDraft(String name, UnitKind kind, int places, int continuing, String subjects) {
}
