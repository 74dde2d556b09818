//! The states a product passes through: halal status, listing state, curation level.

use crate::coded::coded_enum;

coded_enum!(
    /// Halal status of a product.
    HalalStatus {
        /// No halal certification.
        None => "none",
        /// Certification applied for.
        InProcess => "in_process",
        /// Certified; the product carries a certificate number starting with `ID`.
        Certified => "certified",
    }
);

coded_enum!(
    /// Where a listing stands in its review.
    ListingState {
        /// Being written by the seller.
        Draft => "draft",
        /// Waiting for the pesantren's approval.
        Submitted => "submitted",
        /// Visible in the catalogue.
        Published => "published",
        /// Refused by the pesantren, with a reason.
        Rejected => "rejected",
        /// Withdrawn; kept for history.
        Archived => "archived",
    }
);

coded_enum!(
    /// The programme's curation of a product.
    CurationLevel {
        /// Listed, not yet curated.
        Registered => "registered",
        /// Checked by the programme.
        Curated => "curated",
        /// Ready for the national market.
        MarketReady => "market_ready",
        /// Ready for export.
        ExportReady => "export_ready",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for s in HalalStatus::ALL {
            assert_eq!(HalalStatus::from_code(s.code()), Some(*s));
        }
        for s in ListingState::ALL {
            assert_eq!(ListingState::from_code(s.code()), Some(*s));
        }
        for s in CurationLevel::ALL {
            assert_eq!(CurationLevel::from_code(s.code()), Some(*s));
        }
        assert_eq!(ListingState::from_code("PUBLISHED"), None);
    }
}
