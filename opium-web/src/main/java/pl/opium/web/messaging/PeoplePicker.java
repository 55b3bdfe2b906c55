package pl.opium.web.messaging;

import pl.opium.identity.UserAccount;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people chosen in a picker: a search field proposes people, each one chosen is listed with a button
 * that removes them (an accessible list, where PrimeFaces' multiple autocomplete puts a text field inside
 * a listbox). The view finds the people; the picker keeps who was chosen, in the order chosen.
 */
public class PeoplePicker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One chosen person: the account and "Anna Nowak (SP 12)". */
    public record Person(long accountId, String label) implements Serializable {

        public long getAccountId() {
            return accountId;
        }

        public String getLabel() {
            return label;
        }
    }

    private final Map<Long, String> chosen = new LinkedHashMap<>();
    private String search;

    /** The proposals for what was typed, leaving out those already chosen. */
    public List<String> propose(List<UserAccount> found) {
        return found.stream().filter(account -> !chosen.containsKey(account.getId())).map(PersonToken::of).toList();
    }

    /** Adds the person picked in the search field, and empties the field for the next one. */
    public void choose() {
        if (search != null && !search.isBlank()) {
            try {
                chosen.putIfAbsent(PersonToken.accountId(search), PersonToken.label(search));
            } catch (NumberFormatException notAProposal) {
                // forceSelection sends proposals only; anything else is not a person and is dropped
            }
        }
        search = null;
    }

    public void remove(long accountId) {
        chosen.remove(accountId);
    }

    /** Starts again with these people chosen. */
    public void reset(Collection<UserAccount> accounts) {
        chosen.clear();
        accounts.forEach(account -> chosen.put(account.getId(), PersonToken.label(PersonToken.of(account))));
    }

    public List<Long> accountIds() {
        return List.copyOf(chosen.keySet());
    }

    public List<Person> getChosen() {
        return chosen.entrySet().stream().map(entry -> new Person(entry.getKey(), entry.getValue())).toList();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
