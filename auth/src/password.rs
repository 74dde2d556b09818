//! Argon2 password hashes (the `password-auth` defaults: Argon2id, random salt, PHC string).
//! Hashing takes tens of milliseconds of CPU, so it runs on the blocking pool.

/// Hashes a password.
pub async fn hash(password: String) -> Result<String, tokio::task::JoinError> {
    tokio::task::spawn_blocking(move || password_auth::generate_hash(password)).await
}

/// Whether `password` matches `hash`. With no hash (unknown account, or an account without a
/// password) a dummy hash is checked instead, so the answer takes as long either way.
pub async fn verify(password: String, hash: Option<String>) -> bool {
    let known = hash.is_some();
    let hash = hash.unwrap_or_else(|| DUMMY_HASH.clone());
    let matches = tokio::task::spawn_blocking(move || {
        password_auth::verify_password(password, &hash).is_ok()
    })
    .await
    .unwrap_or(false);
    known && matches
}

/// The hash of a random string nobody knows, with the default parameters.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| password_auth::generate_hash(crate::random_token()));

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_hash_verifies_its_password_only() {
        let h = super::hash("kopi rempah santri".into())
            .await
            .expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(super::verify("kopi rempah santri".into(), Some(h.clone())).await);
        assert!(!super::verify("kopi rempah santr".into(), Some(h)).await);
        assert!(!super::verify("anything".into(), None).await);
    }
}
