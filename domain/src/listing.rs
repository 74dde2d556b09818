//! A seller's listing form: the raw input as typed, the rule for every field, and the checked
//! result. The browser runs [`ListingInput::check_field`] as the user types; the server runs
//! [`ListingInput::validate`] before it stores anything. One rule, two places.

use crate::{HalalStatus, ListingState, Rupiah, RupiahError};
use serde::{Deserialize, Serialize};

/// Longest product name.
pub const NAME_MAX_CHARS: usize = 120;
/// Shortest product name.
pub const NAME_MIN_CHARS: usize = 3;
/// Longest description.
pub const DESCRIPTION_MAX_CHARS: usize = 5_000;
/// Longest selling unit (`pak`, `botol 600 ml`).
pub const UNIT_MAX_CHARS: usize = 24;
/// Largest stock a listing may hold.
pub const STOCK_MAX: u32 = 1_000_000;
/// Heaviest shipping weight, in grams (1 tonne).
pub const WEIGHT_MAX_GRAMS: u32 = 1_000_000;
/// Longest PIRT or BPOM number.
pub const PERMIT_MAX_CHARS: usize = 40;
/// Highest price of a listing: Rp1.000.000.000.
pub const PRICE_MAX: i64 = 1_000_000_000;

/// The form as typed: every field a string, so a refused form comes back exactly as it was.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListingInput {
    /// Product name.
    pub name: String,
    /// Category id, as the select sends it.
    pub category: String,
    /// Plain-text description.
    pub description: String,
    /// Price as typed: `25000`, `25.000`, `Rp 25.000`.
    pub price: String,
    /// Units in stock.
    pub stock: String,
    /// Selling unit.
    pub unit: String,
    /// Shipping weight in grams.
    pub weight: String,
    /// Halal status code.
    pub halal_status: String,
    /// Halal certificate number (`ID` and digits) when certified.
    pub halal_certificate: String,
    /// PIRT number, optional.
    pub pirt: String,
    /// BPOM number, optional.
    pub bpom: String,
}

/// The fields of the form, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ListingField {
    /// Name.
    Name,
    /// Category.
    Category,
    /// Description.
    Description,
    /// Price.
    Price,
    /// Stock.
    Stock,
    /// Unit.
    Unit,
    /// Weight.
    Weight,
    /// Halal status.
    HalalStatus,
    /// Halal certificate number.
    HalalCertificate,
    /// PIRT number.
    Pirt,
    /// BPOM number.
    Bpom,
}

impl ListingField {
    /// Every field.
    pub const ALL: [ListingField; 11] = [
        ListingField::Name,
        ListingField::Category,
        ListingField::Description,
        ListingField::Price,
        ListingField::Stock,
        ListingField::Unit,
        ListingField::Weight,
        ListingField::HalalStatus,
        ListingField::HalalCertificate,
        ListingField::Pirt,
        ListingField::Bpom,
    ];
}

/// Why a field was refused. Each value has one translated message in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListingProblem {
    /// Must be filled in.
    Required,
    /// Name shorter than [`NAME_MIN_CHARS`].
    NameTooShort,
    /// Longer than the field allows.
    TooLong,
    /// Not a known category.
    CategoryUnknown,
    /// Not a price as people write it.
    PriceMalformed,
    /// Zero or below.
    PriceNotPositive,
    /// Above [`PRICE_MAX`].
    PriceTooLarge,
    /// Not a whole number from 0 to [`STOCK_MAX`].
    StockInvalid,
    /// Not a whole number of grams from 1 to [`WEIGHT_MAX_GRAMS`].
    WeightInvalid,
    /// Not one of the halal statuses.
    HalalStatusUnknown,
    /// Certified products need their certificate number.
    CertificateRequired,
    /// A certificate number is `ID` followed by digits.
    CertificateMalformed,
    /// Letters, digits, spaces, `-`, `.` and `/` only.
    PermitMalformed,
}

/// The refused fields of a form, each with its problem.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingErrors(pub Vec<(ListingField, ListingProblem)>);

impl ListingErrors {
    /// The problem with one field, if any.
    pub fn get(&self, field: ListingField) -> Option<ListingProblem> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, p)| *p)
    }

    /// No field was refused.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A checked listing, ready to store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidListing {
    /// Name, trimmed.
    pub name: String,
    /// Category id (its existence is checked by the server against the database).
    pub category_id: i32,
    /// Description, trimmed, line breaks kept.
    pub description: String,
    /// Price.
    pub price: Rupiah,
    /// Stock.
    pub stock: i32,
    /// Unit.
    pub unit: String,
    /// Weight in grams.
    pub weight_grams: i32,
    /// Halal status.
    pub halal_status: HalalStatus,
    /// Certificate number, only when certified.
    pub halal_certificate: Option<String>,
    /// PIRT number.
    pub pirt: Option<String>,
    /// BPOM number.
    pub bpom: Option<String>,
}

impl ValidListing {
    /// Whether changing a published listing from `self` to `after` sends it back to review:
    /// only stock and price may change while it stays published.
    pub fn needs_review_after(&self, after: &ValidListing) -> bool {
        let strip = |l: &ValidListing| ValidListing {
            price: Rupiah(0),
            stock: 0,
            ..l.clone()
        };
        strip(self) != strip(after)
    }
}

impl ListingInput {
    /// The form filled with a stored listing, as the edit page shows it.
    pub fn from_valid(l: &ValidListing) -> ListingInput {
        ListingInput {
            name: l.name.clone(),
            category: l.category_id.to_string(),
            description: l.description.clone(),
            price: crate::rupiah::group_digits(l.price.amount().unsigned_abs(), '.'),
            stock: l.stock.to_string(),
            unit: l.unit.clone(),
            weight: l.weight_grams.to_string(),
            halal_status: l.halal_status.code().to_owned(),
            halal_certificate: l.halal_certificate.clone().unwrap_or_default(),
            pirt: l.pirt.clone().unwrap_or_default(),
            bpom: l.bpom.clone().unwrap_or_default(),
        }
    }

    /// The problem with one field, if any (what the browser shows next to it as the user types).
    pub fn check_field(&self, field: ListingField) -> Option<ListingProblem> {
        match field {
            ListingField::Name => name(&self.name).err(),
            ListingField::Category => category(&self.category).err(),
            ListingField::Description => description(&self.description).err(),
            ListingField::Price => price(&self.price).err(),
            ListingField::Stock => stock(&self.stock).err(),
            ListingField::Unit => unit(&self.unit).err(),
            ListingField::Weight => weight(&self.weight).err(),
            ListingField::HalalStatus => halal_status(&self.halal_status).err(),
            ListingField::HalalCertificate => {
                certificate(&self.halal_status, &self.halal_certificate).err()
            }
            ListingField::Pirt => permit(&self.pirt).err(),
            ListingField::Bpom => permit(&self.bpom).err(),
        }
    }

    /// Checks every field: the checked listing, or every refused field with its problem.
    pub fn validate(&self) -> Result<ValidListing, ListingErrors> {
        let errors = ListingErrors(
            ListingField::ALL
                .into_iter()
                .filter_map(|f| self.check_field(f).map(|p| (f, p)))
                .collect(),
        );
        match (
            name(&self.name),
            category(&self.category),
            description(&self.description),
            price(&self.price),
            stock(&self.stock),
            unit(&self.unit),
            weight(&self.weight),
            halal_status(&self.halal_status),
            certificate(&self.halal_status, &self.halal_certificate),
            permit(&self.pirt),
            permit(&self.bpom),
        ) {
            (
                Ok(name),
                Ok(category_id),
                Ok(description),
                Ok(price),
                Ok(stock),
                Ok(unit),
                Ok(weight_grams),
                Ok(halal_status),
                Ok(halal_certificate),
                Ok(pirt),
                Ok(bpom),
            ) => Ok(ValidListing {
                name,
                category_id,
                description,
                price,
                stock,
                unit,
                weight_grams,
                halal_status,
                halal_certificate,
                pirt,
                bpom,
            }),
            _ => Err(errors),
        }
    }
}

/// What the seller asked for when saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveIntent {
    /// Keep it as a draft.
    Draft,
    /// Send it to the pesantren for review.
    Submit,
}

/// The state a listing is in after its seller saves it. A published listing stays published
/// only when nothing but price and stock changed; other changes go back to review.
pub fn state_after_save(
    current: ListingState,
    needs_review: bool,
    intent: SaveIntent,
) -> Option<ListingState> {
    match (current, intent) {
        (ListingState::Archived, _) => None,
        (ListingState::Published, _) if !needs_review => Some(ListingState::Published),
        (_, SaveIntent::Draft) => Some(ListingState::Draft),
        (_, SaveIntent::Submit) => Some(ListingState::Submitted),
    }
}

fn bounded(text: &str, max: usize) -> Result<String, ListingProblem> {
    let text = text.trim();
    if text.is_empty() {
        Err(ListingProblem::Required)
    } else if text.chars().count() > max {
        Err(ListingProblem::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

fn name(text: &str) -> Result<String, ListingProblem> {
    let name = bounded(text, NAME_MAX_CHARS)?;
    if name.chars().count() < NAME_MIN_CHARS {
        return Err(ListingProblem::NameTooShort);
    }
    Ok(name)
}

fn category(text: &str) -> Result<i32, ListingProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ListingProblem::Required);
    }
    text.parse::<i32>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(ListingProblem::CategoryUnknown)
}

fn description(text: &str) -> Result<String, ListingProblem> {
    // Line breaks are kept as typed, in one form: `\n`.
    let text = text.replace("\r\n", "\n");
    bounded(&text, DESCRIPTION_MAX_CHARS)
}

fn price(text: &str) -> Result<Rupiah, ListingProblem> {
    match Rupiah::parse(text) {
        Ok(p) if p.amount() <= 0 => Err(ListingProblem::PriceNotPositive),
        Ok(p) if p.amount() > PRICE_MAX => Err(ListingProblem::PriceTooLarge),
        Ok(p) => Ok(p),
        Err(RupiahError::Empty) => Err(ListingProblem::Required),
        Err(RupiahError::Negative) => Err(ListingProblem::PriceNotPositive),
        Err(RupiahError::TooLarge) => Err(ListingProblem::PriceTooLarge),
        Err(RupiahError::Malformed) => Err(ListingProblem::PriceMalformed),
    }
}

/// A whole number as people type it: `1500` or `1.500`.
fn whole_number(text: &str) -> Option<u32> {
    let text = text.trim();
    let grouped = text.contains('.');
    if grouped {
        let mut groups = text.split('.');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    let digits: String = text.chars().filter(|c| *c != '.').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn stock(text: &str) -> Result<i32, ListingProblem> {
    if text.trim().is_empty() {
        return Err(ListingProblem::Required);
    }
    whole_number(text)
        .filter(|n| *n <= STOCK_MAX)
        .and_then(|n| i32::try_from(n).ok())
        .ok_or(ListingProblem::StockInvalid)
}

fn unit(text: &str) -> Result<String, ListingProblem> {
    bounded(text, UNIT_MAX_CHARS)
}

fn weight(text: &str) -> Result<i32, ListingProblem> {
    if text.trim().is_empty() {
        return Err(ListingProblem::Required);
    }
    whole_number(text)
        .filter(|n| (1..=WEIGHT_MAX_GRAMS).contains(n))
        .and_then(|n| i32::try_from(n).ok())
        .ok_or(ListingProblem::WeightInvalid)
}

fn halal_status(code: &str) -> Result<HalalStatus, ListingProblem> {
    if code.trim().is_empty() {
        return Err(ListingProblem::Required);
    }
    HalalStatus::from_code(code.trim()).ok_or(ListingProblem::HalalStatusUnknown)
}

/// A certificate number is checked only for certified products; otherwise it is dropped.
fn certificate(status: &str, text: &str) -> Result<Option<String>, ListingProblem> {
    if HalalStatus::from_code(status.trim()) != Some(HalalStatus::Certified) {
        return Ok(None);
    }
    let number: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if number.is_empty() {
        return Err(ListingProblem::CertificateRequired);
    }
    let digits = number.strip_prefix("ID").unwrap_or_default();
    if (6..=30).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
        Ok(Some(number))
    } else {
        Err(ListingProblem::CertificateMalformed)
    }
}

fn permit(text: &str) -> Result<Option<String>, ListingProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > PERMIT_MAX_CHARS {
        return Err(ListingProblem::TooLong);
    }
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.' | '/'))
    {
        Ok(Some(text.to_owned()))
    } else {
        Err(ListingProblem::PermitMalformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> ListingInput {
        ListingInput {
            name: "Kopi Rempah Santri".into(),
            category: "1".into(),
            description: "Kopi robusta\r\ndengan rempah.".into(),
            price: "Rp 25.000".into(),
            stock: "1.500".into(),
            unit: "pak".into(),
            weight: "250".into(),
            halal_status: "certified".into(),
            halal_certificate: "id 3511 0001 2345 6".into(),
            pirt: "2063578010123-25".into(),
            bpom: String::new(),
        }
    }

    #[test]
    fn a_good_form_is_checked_and_normalised() {
        let l = good().validate().expect("valid");
        assert_eq!(l.price, Rupiah(25_000));
        assert_eq!(l.stock, 1_500);
        assert_eq!(l.description, "Kopi robusta\ndengan rempah.");
        assert_eq!(l.halal_certificate.as_deref(), Some("ID3511000123456"));
        assert_eq!(l.pirt.as_deref(), Some("2063578010123-25"));
        assert_eq!(l.bpom, None);
        // The form rebuilt from the stored listing validates to the same listing.
        assert_eq!(ListingInput::from_valid(&l).validate(), Ok(l));
    }

    #[test]
    fn every_bad_field_is_named_with_its_problem() {
        let bad = ListingInput {
            name: "Ko".into(),
            category: "kopi".into(),
            description: " ".into(),
            price: "25,5".into(),
            stock: "-1".into(),
            unit: "u".repeat(25),
            weight: "0".into(),
            halal_status: "halal".into(),
            halal_certificate: String::new(),
            pirt: "<script>".into(),
            bpom: "b".repeat(41),
        };
        let errors = bad.validate().expect_err("invalid");
        assert_eq!(
            errors.0,
            vec![
                (ListingField::Name, ListingProblem::NameTooShort),
                (ListingField::Category, ListingProblem::CategoryUnknown),
                (ListingField::Description, ListingProblem::Required),
                (ListingField::Price, ListingProblem::PriceMalformed),
                (ListingField::Stock, ListingProblem::StockInvalid),
                (ListingField::Unit, ListingProblem::TooLong),
                (ListingField::Weight, ListingProblem::WeightInvalid),
                (
                    ListingField::HalalStatus,
                    ListingProblem::HalalStatusUnknown
                ),
                (ListingField::Pirt, ListingProblem::PermitMalformed),
                (ListingField::Bpom, ListingProblem::TooLong),
            ]
        );
    }

    #[test]
    fn prices_as_people_type_them() {
        for (typed, expected) in [
            ("25000", Ok(Rupiah(25_000))),
            ("25.000", Ok(Rupiah(25_000))),
            ("Rp 25.000", Ok(Rupiah(25_000))),
            ("", Err(ListingProblem::Required)),
            ("0", Err(ListingProblem::PriceNotPositive)),
            ("-5.000", Err(ListingProblem::PriceNotPositive)),
            ("2.5000", Err(ListingProblem::PriceMalformed)),
            ("Rp 1.000.000.001", Err(ListingProblem::PriceTooLarge)),
        ] {
            assert_eq!(price(typed), expected, "{typed:?}");
        }
    }

    #[test]
    fn halal_certificate_numbers() {
        let mut f = good();
        for (typed, problem) in [
            ("", Some(ListingProblem::CertificateRequired)),
            ("ID123", Some(ListingProblem::CertificateMalformed)),
            (
                "IX35110001234560821",
                Some(ListingProblem::CertificateMalformed),
            ),
            (
                "ID3511000123456082A",
                Some(ListingProblem::CertificateMalformed),
            ),
            ("ID35110001234560821", None),
            ("id35110001234560821", None),
        ] {
            f.halal_certificate = typed.into();
            assert_eq!(
                f.check_field(ListingField::HalalCertificate),
                problem,
                "{typed:?}"
            );
        }
        // Not certified: any number typed is dropped, not refused.
        f.halal_status = "in_process".into();
        f.halal_certificate = "nonsense".into();
        assert_eq!(f.validate().map(|l| l.halal_certificate), Ok(None));
    }

    #[test]
    fn only_price_and_stock_changes_keep_a_listing_published() {
        let before = good().validate().expect("valid");
        let mut after = before.clone();
        after.price = Rupiah(30_000);
        after.stock = 3;
        assert!(!before.needs_review_after(&after));
        after.name = "Kopi Rempah Santri Premium".into();
        assert!(before.needs_review_after(&after));
        let mut after = before.clone();
        after.halal_status = HalalStatus::None;
        after.halal_certificate = None;
        assert!(before.needs_review_after(&after));
    }

    #[test]
    fn whole_numbers_accept_grouping_by_three_only() {
        assert_eq!(whole_number("1.500"), Some(1500));
        assert_eq!(whole_number("1500"), Some(1500));
        assert_eq!(whole_number("15.00"), None);
        assert_eq!(whole_number("1,5"), None);
        assert_eq!(whole_number(""), None);
        assert_eq!(whole_number("."), None);
    }

    #[test]
    fn saving_moves_a_listing_through_its_states() {
        use ListingState::{Archived, Published, Rejected, Submitted};
        const DRAFT: ListingState = ListingState::Draft;
        let (draft, submit) = (SaveIntent::Draft, SaveIntent::Submit);
        assert_eq!(state_after_save(DRAFT, true, draft), Some(DRAFT));
        assert_eq!(state_after_save(DRAFT, true, submit), Some(Submitted));
        assert_eq!(state_after_save(Rejected, true, submit), Some(Submitted));
        assert_eq!(state_after_save(Submitted, true, draft), Some(DRAFT));
        // Price and stock only: stays published whatever the button.
        assert_eq!(state_after_save(Published, false, submit), Some(Published));
        assert_eq!(state_after_save(Published, false, draft), Some(Published));
        // Anything else: back to review (or draft, if the seller asks).
        assert_eq!(state_after_save(Published, true, submit), Some(Submitted));
        assert_eq!(state_after_save(Published, true, draft), Some(DRAFT));
        // Never by the seller: out of the archive, or straight to published.
        assert_eq!(state_after_save(Archived, false, submit), None);
        for from in ListingState::ALL {
            for intent in [draft, submit] {
                let to = state_after_save(*from, true, intent);
                assert_ne!(to, Some(Published), "{from:?} {intent:?}");
            }
        }
    }
}
