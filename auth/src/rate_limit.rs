//! Rate limits on login and registration, per client address and per account, so that nobody
//! can try passwords quickly from one machine or against one account from many; and on the
//! open data API, per client address. The limits are kept in memory per server instance.

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

/// How many attempts are allowed: a burst, refilled at `per_minute`.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Attempts per client address per minute (and its burst).
    pub per_address_per_minute: u32,
    /// Attempts per account per minute (and its burst).
    pub per_account_per_minute: u32,
    /// Open data API requests per client address per minute (and its burst).
    pub api_per_address_per_minute: u32,
}

impl Default for RateLimits {
    fn default() -> RateLimits {
        RateLimits {
            per_address_per_minute: 20,
            per_account_per_minute: 5,
            api_per_address_per_minute: 120,
        }
    }
}

/// The limiter shared by the login and registration endpoints.
#[derive(Clone)]
pub struct LoginLimiter {
    by_address: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    by_account: Arc<DefaultKeyedRateLimiter<String>>,
}

impl std::fmt::Debug for LoginLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LoginLimiter")
    }
}

fn quota(per_minute: u32) -> Quota {
    let n = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::per_minute(n).allow_burst(n)
}

impl LoginLimiter {
    /// A limiter with these limits.
    pub fn new(limits: RateLimits) -> LoginLimiter {
        LoginLimiter {
            by_address: Arc::new(RateLimiter::keyed(quota(limits.per_address_per_minute))),
            by_account: Arc::new(RateLimiter::keyed(quota(limits.per_account_per_minute))),
        }
    }

    /// Counts one attempt from `address` for `account` (a normalised email, or what was typed);
    /// `false` when either is over its limit.
    pub fn allow(&self, address: IpAddr, account: &str) -> bool {
        let address_ok = self.by_address.check_key(&address).is_ok();
        let account_ok = self
            .by_account
            .check_key(&account.trim().to_lowercase())
            .is_ok();
        if self.by_address.len() > 100_000 {
            self.by_address.retain_recent();
            self.by_account.retain_recent();
        }
        address_ok && account_ok
    }
}

/// A limit on requests per client address (the open data API).
#[derive(Clone)]
pub struct AddressLimiter(Arc<DefaultKeyedRateLimiter<IpAddr>>);

impl std::fmt::Debug for AddressLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AddressLimiter")
    }
}

impl AddressLimiter {
    /// `per_minute` requests per address, as a burst refilled evenly over the minute.
    pub fn per_minute(per_minute: u32) -> AddressLimiter {
        AddressLimiter(Arc::new(RateLimiter::keyed(quota(per_minute))))
    }

    /// Counts one request from `address`; `false` when it is over the limit.
    pub fn allow(&self, address: IpAddr) -> bool {
        let ok = self.0.check_key(&address).is_ok();
        if self.0.len() > 100_000 {
            self.0.retain_recent();
        }
        ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_apply_per_address_and_per_account() {
        let limiter = LoginLimiter::new(RateLimits {
            per_address_per_minute: 3,
            per_account_per_minute: 2,
            api_per_address_per_minute: 1,
        });
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        assert!(limiter.allow(a, "siti@example.org"));
        assert!(limiter.allow(b, "SITI@example.org "));
        // Third try on the same account, from a new address: refused.
        assert!(!limiter.allow([10, 0, 0, 3].into(), "siti@example.org"));
        // Address a has two attempts left for other accounts, then it is out.
        assert!(limiter.allow(a, "budi@example.org"));
        assert!(limiter.allow(a, "ani@example.org"));
        assert!(!limiter.allow(a, "dewi@example.org"));
    }

    #[test]
    fn the_api_limit_counts_each_address_apart() {
        let limiter = AddressLimiter::per_minute(2);
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        assert!(limiter.allow(a));
        assert!(limiter.allow(a));
        assert!(
            !limiter.allow(a),
            "a third request within the minute is refused"
        );
        assert!(limiter.allow(b), "another address has its own allowance");
    }
}
