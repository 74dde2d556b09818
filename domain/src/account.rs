//! Accounts: email addresses, the password rule, display names and roles. The same checks run
//! in the browser (messages as the user types) and on the server (the decision).

use crate::Pillar;
use crate::coded::coded_enum;
use serde::{Deserialize, Serialize};

/// Shortest password accepted.
pub const PASSWORD_MIN_CHARS: usize = 8;
/// Longest password accepted (Argon2 takes any length; this bounds the work per attempt).
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Longest display name.
pub const NAME_MAX_CHARS: usize = 120;

const COMMON_PASSWORDS: &str = include_str!("../data/common-passwords.txt");

/// Why an account field was refused. Each value has one translated message in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountError {
    /// Not an email address.
    EmailInvalid,
    /// Fewer than [`PASSWORD_MIN_CHARS`] characters.
    PasswordTooShort,
    /// More than [`PASSWORD_MAX_CHARS`] characters.
    PasswordTooLong,
    /// On the list of the most common passwords, or the email address itself.
    PasswordCommon,
    /// The two passwords typed differ.
    PasswordMismatch,
    /// No name given.
    NameMissing,
    /// Longer than [`NAME_MAX_CHARS`].
    NameTooLong,
    /// No account can be made with this email (it has one already); decided by the server.
    EmailUnavailable,
}

/// A normalised email address: trimmed and lower-cased, one `@`, a dot in the domain.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Parses and normalises an email address as typed.
    pub fn parse(input: &str) -> Result<Email, AccountError> {
        let email = input.trim().to_lowercase();
        let valid = email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && local.len() <= 64
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
            });
        if valid {
            Ok(Email(email))
        } else {
            Err(AccountError::EmailInvalid)
        }
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a new password: 8 to 128 characters, not one of the most common passwords and not
/// the email address. No composition rules (NIST SP 800-63B).
pub fn check_new_password(password: &str, email: &str) -> Result<(), AccountError> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(AccountError::PasswordTooShort);
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(AccountError::PasswordTooLong);
    }
    let lower = password.to_lowercase();
    let email = email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    if is_common_password(&lower) || lower == email || (!local.is_empty() && lower == local) {
        return Err(AccountError::PasswordCommon);
    }
    Ok(())
}

fn is_common_password(lower: &str) -> bool {
    COMMON_PASSWORDS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .any(|l| l == lower)
}

/// Checks a display name and returns it trimmed.
pub fn check_display_name(input: &str) -> Result<String, AccountError> {
    let name = input.trim();
    if name.is_empty() {
        Err(AccountError::NameMissing)
    } else if name.chars().count() > NAME_MAX_CHARS {
        Err(AccountError::NameTooLong)
    } else {
        Ok(name.to_owned())
    }
}

coded_enum!(
    /// What a user may do on the site (see SPEC "Who uses it").
    Role {
        /// Browses and orders.
        Buyer => "buyer",
        /// A santri, alumni or cooperative seller attached to one pesantren.
        Seller => "seller",
        /// Runs a pesantren: its profile, sellers, reviews and orders.
        PesantrenAdmin => "pesantren_admin",
        /// OPOP programme staff.
        ProgrammeAdmin => "programme_admin",
    }
);

/// The signed-in user as pages see it (sent to the browser; no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    /// User id.
    pub id: i32,
    /// Name shown in the header.
    pub display_name: String,
    /// Normalised email.
    pub email: String,
    /// Role.
    pub role: Role,
    /// The pillar a seller sells under.
    pub pillar: Option<Pillar>,
    /// The pesantren of a seller or pesantren admin.
    pub pesantren_id: Option<i32>,
}

impl Viewer {
    /// The pillar this user's listings carry: a seller's own, a pesantren admin lists for the
    /// cooperative. `None` for anyone who may not list.
    pub fn listing_pillar(&self) -> Option<Pillar> {
        match self.role {
            Role::Seller => self.pillar,
            Role::PesantrenAdmin => Some(Pillar::Pesantrenpreneur),
            Role::Buyer | Role::ProgrammeAdmin => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Siti.Aminah@Example.ORG ").map(|e| e.as_str().to_owned()),
            Ok("siti.aminah@example.org".to_owned())
        );
        for bad in [
            "",
            "siti",
            "siti@",
            "@example.org",
            "siti@example",
            "siti@@example.org",
            "si ti@example.org",
            "siti@.example.org",
            "siti@example..org",
            "siti@example.org.",
        ] {
            assert_eq!(
                Email::parse(bad),
                Err(AccountError::EmailInvalid),
                "{bad:?}"
            );
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(AccountError::EmailInvalid));
    }

    #[test]
    fn password_rule_counts_characters_and_refuses_common_ones() {
        let email = "siti@example.org";
        assert_eq!(
            check_new_password("1234567", email),
            Err(AccountError::PasswordTooShort)
        );
        // Eight characters, each two bytes: long enough.
        assert_eq!(check_new_password("éééééééé", email), Ok(()));
        assert_eq!(check_new_password(&"x".repeat(128), email), Ok(()));
        assert_eq!(
            check_new_password(&"x".repeat(129), email),
            Err(AccountError::PasswordTooLong)
        );
        for common in [
            "password",
            "PASSWORD1",
            "12345678",
            "Bismillah123",
            "qwertyuiop",
        ] {
            assert_eq!(
                check_new_password(common, email),
                Err(AccountError::PasswordCommon),
                "{common}"
            );
        }
        assert_eq!(
            check_new_password("Siti@Example.org", email),
            Err(AccountError::PasswordCommon)
        );
        // No composition rules: a long lower-case phrase is fine.
        assert_eq!(
            check_new_password("kopi rempah buatan santri", email),
            Ok(())
        );
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(check_display_name("  Siti "), Ok("Siti".to_owned()));
        assert_eq!(check_display_name("   "), Err(AccountError::NameMissing));
        assert_eq!(
            check_display_name(&"n".repeat(121)),
            Err(AccountError::NameTooLong)
        );
    }

    #[test]
    fn listing_pillar_follows_the_role() {
        let mut v = Viewer {
            id: 1,
            display_name: "A".into(),
            email: "a@example.org".into(),
            role: Role::Seller,
            pillar: Some(Pillar::Santripreneur),
            pesantren_id: Some(1),
        };
        assert_eq!(v.listing_pillar(), Some(Pillar::Santripreneur));
        v.role = Role::PesantrenAdmin;
        assert_eq!(v.listing_pillar(), Some(Pillar::Pesantrenpreneur));
        v.role = Role::Buyer;
        assert_eq!(v.listing_pillar(), None);
        assert_eq!(
            Role::from_code("pesantren_admin"),
            Some(Role::PesantrenAdmin)
        );
    }
}
