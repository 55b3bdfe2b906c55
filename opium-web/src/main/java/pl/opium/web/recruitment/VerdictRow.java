package pl.opium.web.recruitment;

import pl.opium.recruitment.application.Declaration;

import java.io.Serializable;

/** A declared criterion as the verifier judges it: confirmed, rejected (with a reason) or not yet decided. */
public class VerdictRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private Boolean confirmed;
    private String reason;

    VerdictRow(Declaration declaration, String name) {
        this.code = declaration.getCriterion();
        this.name = name;
        this.confirmed = switch (declaration.getStatus()) {
            case CONFIRMED -> Boolean.TRUE;
            case REJECTED -> Boolean.FALSE;
            case DECLARED -> null;
        };
        this.reason = declaration.getReason();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Boolean getConfirmed() {
        return confirmed;
    }

    public void setConfirmed(Boolean confirmed) {
        this.confirmed = confirmed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
