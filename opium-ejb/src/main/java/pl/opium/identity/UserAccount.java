package pl.opium.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.opium.OpiumException;
import pl.opium.persistence.BaseEntity;
import pl.opium.registry.DepartmentUnit;
import pl.opium.registry.Institution;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who logs in. Every account belongs either to a department unit or to an institution,
 * and its roles must fit: institution roles only for institution people, department roles only
 * for department people. The password hash is read by Elytron at login; a locked or deactivated
 * account cannot log in.
 */
@Entity
@Cacheable
public class UserAccount extends BaseEntity {

    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{identity.username.invalid}")
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @NotBlank
    @Size(max = 100)
    @Column(name = "first_name")
    private String firstName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "last_name")
    private String lastName;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    private DepartmentUnit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean locked;

    private boolean active = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    /** Raised whenever the account's open sessions must end (lock, deactivation, roles, a password set by another). */
    @Column(name = "session_generation")
    private int sessionGeneration;

    /** The password was issued by someone else and must be changed at the next sign-in. */
    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    /** Until when failed logins keep the account shut; the login query ignores the account till then. */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    private UserAccount(String username, String firstName, String lastName) {
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public static UserAccount ofInstitution(String username, String firstName, String lastName,
                                            Institution institution, Collection<Role> roles) {
        UserAccount account = new UserAccount(username, firstName, lastName);
        account.institution = institution;
        account.grant(roles);
        return account;
    }

    public static UserAccount ofUnit(String username, String firstName, String lastName,
                                     DepartmentUnit unit, Collection<Role> roles) {
        UserAccount account = new UserAccount(username, firstName, lastName);
        account.unit = unit;
        account.grant(roles);
        return account;
    }

    /**
     * A parent's local account, run by the department for cities without an identity broker
     * (elsewhere parents sign in through OIDC and have no account here).
     */
    public static UserAccount ofParent(String username, String firstName, String lastName) {
        UserAccount account = new UserAccount(username, firstName, lastName);
        account.grant(Set.of(Role.PARENT));
        return account;
    }

    /** Replaces the roles, refusing any that do not fit where the person works. */
    public void grant(Collection<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new OpiumException("identity.roles.empty");
        }
        boolean parent = institution == null && unit == null;
        for (Role role : newRoles) {
            if ((role == Role.PARENT) != parent) {
                throw new OpiumException("identity.roles.parentOnly", role.name());
            }
            if (role != Role.PARENT && role.isInstitutionRole() != isInstitutionUser()) {
                throw new OpiumException(isInstitutionUser()
                        ? "identity.roles.departmentRoleForInstitution" : "identity.roles.institutionRoleForDepartment",
                        role.name());
            }
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void setPassword(char[] password) {
        this.passwordHash = PasswordHasher.hash(password);
        this.passwordChangedAt = Instant.now();
    }

    /** For bulk creation where the bcrypt hash is already computed (demo city, imports). */
    public void useHashedPassword(String hash) {
        this.passwordHash = hash;
        this.passwordChangedAt = Instant.now();
    }

    public void lock() {
        this.locked = true;
        endSessions();
    }

    /** Ends every open session of the account at its next request. */
    public void endSessions() {
        sessionGeneration++;
    }

    /** A password someone else chose: the owner's sessions end and the next sign-in asks for a new one. */
    public void issuePassword(char[] password) {
        setPassword(password);
        mustChangePassword = true;
        endSessions();
    }

    /** The password was handed over by someone else (the desk): the owner chooses their own at the first sign-in. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** The owner chose their password. */
    public void choosePassword(char[] password) {
        setPassword(password);
        mustChangePassword = false;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void unlock() {
        this.locked = false;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void deactivate() {
        this.active = false;
        endSessions();
    }

    public void reactivate() {
        this.active = true;
    }

    /** A successful login clears the failure count. */
    public void loggedIn(Instant at) {
        this.lastLoginAt = at;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /**
     * Counts a failed login. Every {@code step} failures in a row shut the account for a while that
     * doubles each time, from {@code first} up to {@code longest}: a guesser is slowed down for good,
     * while the owner (or anyone typing their login) never locks it for more than {@code longest}.
     * Failures while it is shut are not counted: the password was not even checked.
     *
     * @return how long the account is shut from now, or {@code null} if this failure did not shut it
     */
    public Duration failedLogin(Instant now, int step, Duration first, Duration longest) {
        if (isShutAt(now)) {
            return null;
        }
        failedLogins++;
        if (failedLogins % step != 0) {
            return null;
        }
        int doublings = Math.min(failedLogins / step - 1, 20);
        Duration shut = first.multipliedBy(1L << doublings);
        if (shut.compareTo(longest) > 0) {
            shut = longest;
        }
        lockedUntil = now.plus(shut);
        return shut;
    }

    /** Shut for a while after failed logins (not the administrator's lock). */
    public boolean isShutAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isInstitutionUser() {
        return institution != null;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Institution getInstitution() {
        return institution;
    }

    public DepartmentUnit getUnit() {
        return unit;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
