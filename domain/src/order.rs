//! Orders: their states, who may move them, and the pages that show them.
//!
//! An order is one buyer's firm request to one pesantren. It goes pending → confirmed →
//! shipped → completed, or is cancelled while pending or confirmed. [`next_status`] is the
//! one rule: the pages offer only the actions it allows, and the server checks it again.

use crate::coded::coded_enum;
use crate::{Pillar, Rupiah};
use serde::{Deserialize, Serialize};

coded_enum!(
    /// Where an order stands.
    OrderStatus {
        /// Placed by the buyer; the pesantren has not answered yet.
        Pending => "pending",
        /// Accepted by the pesantren.
        Confirmed => "confirmed",
        /// Sent to the buyer.
        Shipped => "shipped",
        /// Received; the sale counts.
        Completed => "completed",
        /// Cancelled by the buyer or the pesantren; its stock went back.
        Cancelled => "cancelled",
    }
);

coded_enum!(
    /// What someone can do to an order.
    OrderAction {
        /// Accept a pending order.
        Confirm => "confirm",
        /// Mark a confirmed order as sent (optional courier and tracking number).
        Ship => "ship",
        /// Mark a shipped order as received.
        Complete => "complete",
        /// Cancel a pending or confirmed order.
        Cancel => "cancel",
    }
);

/// How the person asking stands to an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrderRole {
    /// Placed it.
    Buyer,
    /// Sells every item in it.
    Seller,
    /// Sells some of its items: may read it; the pesantren admin handles it.
    PartSeller,
    /// Administers the pesantren it was placed with.
    PesantrenAdmin,
}

impl OrderRole {
    /// Every role, for tables and tests.
    pub const ALL: [OrderRole; 4] = [
        OrderRole::Buyer,
        OrderRole::Seller,
        OrderRole::PartSeller,
        OrderRole::PesantrenAdmin,
    ];

    /// Acts for the pesantren (confirms, ships, cancels with a reason).
    pub fn handles(self) -> bool {
        matches!(self, OrderRole::Seller | OrderRole::PesantrenAdmin)
    }
}

/// Why an action on an order was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrderRefusal {
    /// This role may never do this.
    NotAllowed,
    /// Not from the order's current status (e.g. shipping a pending order).
    WrongStatus,
    /// A cancellation by the pesantren needs a reason.
    ReasonMissing,
    /// A reason, courier or tracking number is too long.
    TooLong,
    /// The order changed meanwhile (someone else acted first); nothing was done.
    Stale,
}

/// The status `action` by `role` moves an order in `status` to, or why it may not.
pub fn next_status(
    role: OrderRole,
    status: OrderStatus,
    action: OrderAction,
) -> Result<OrderStatus, OrderRefusal> {
    use OrderAction as A;
    use OrderStatus as S;
    let allowed = match role {
        OrderRole::Buyer => action == A::Cancel,
        OrderRole::PartSeller => false,
        OrderRole::Seller | OrderRole::PesantrenAdmin => true,
    };
    if !allowed {
        return Err(OrderRefusal::NotAllowed);
    }
    match (role, status, action) {
        // A buyer may withdraw only before the pesantren has answered.
        (OrderRole::Buyer, S::Pending, A::Cancel) => Ok(S::Cancelled),
        (OrderRole::Buyer, _, _) => Err(OrderRefusal::WrongStatus),
        (_, S::Pending, A::Confirm) => Ok(S::Confirmed),
        (_, S::Confirmed, A::Ship) => Ok(S::Shipped),
        (_, S::Shipped, A::Complete) => Ok(S::Completed),
        (_, S::Pending | S::Confirmed, A::Cancel) => Ok(S::Cancelled),
        _ => Err(OrderRefusal::WrongStatus),
    }
}

/// The actions `role` may take on an order in `status`, in lifecycle order.
pub fn actions_for(role: OrderRole, status: OrderStatus) -> Vec<OrderAction> {
    OrderAction::ALL
        .iter()
        .copied()
        .filter(|&a| next_status(role, status, a).is_ok())
        .collect()
}

/// Most orders one list shows (newest first).
pub const LIST_LIMIT: u64 = 100;

/// Longest cancellation reason.
pub const REASON_MAX_CHARS: usize = 500;
/// Longest courier name or tracking number.
pub const SHIPPING_MAX_CHARS: usize = 60;

/// What goes with an action: a reason for a cancellation, courier and tracking for shipping.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionDetails {
    /// Why it is cancelled (required when the pesantren cancels).
    pub reason: Option<String>,
    /// Courier, e.g. `JNE`.
    pub courier: Option<String>,
    /// Tracking number.
    pub tracking: Option<String>,
}

impl ActionDetails {
    /// Checks the details as typed for `action` by `role`; fields the action does not use are
    /// dropped.
    pub fn parse(
        role: OrderRole,
        action: OrderAction,
        reason: &str,
        courier: &str,
        tracking: &str,
    ) -> Result<ActionDetails, OrderRefusal> {
        let field = |text: &str, max: usize| {
            crate::text::bounded(text, max, false).map_err(|_| OrderRefusal::TooLong)
        };
        match action {
            OrderAction::Cancel => {
                let reason = field(reason, REASON_MAX_CHARS)?;
                if reason.is_none() && role.handles() {
                    return Err(OrderRefusal::ReasonMissing);
                }
                Ok(ActionDetails {
                    reason,
                    ..ActionDetails::default()
                })
            }
            OrderAction::Ship => Ok(ActionDetails {
                courier: field(courier, SHIPPING_MAX_CHARS)?,
                tracking: field(tracking, SHIPPING_MAX_CHARS)?,
                reason: None,
            }),
            OrderAction::Confirm | OrderAction::Complete => Ok(ActionDetails::default()),
        }
    }
}

/// The number people quote for an order (in WhatsApp messages, on the phone).
pub fn order_number(id: i32) -> String {
    format!("OPOP-{id:06}")
}

/// The order id in a quoted number (`OPOP-000123`, or just `123`).
pub fn parse_order_number(text: &str) -> Option<i32> {
    let text = text.trim();
    let digits = text
        .strip_prefix("OPOP-")
        .or_else(|| text.strip_prefix("opop-"))
        .unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&id| id > 0)
}

/// One line of an order, as it was when ordered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    /// The product's page, while the product still exists.
    pub product_slug: Option<String>,
    /// Name when ordered.
    pub name: String,
    /// Unit when ordered.
    pub unit: String,
    /// Price per unit when ordered.
    pub price: Rupiah,
    /// How many.
    pub quantity: i32,
    /// The seller's name.
    pub seller_name: String,
    /// The seller's pillar.
    pub pillar: Pillar,
}

impl OrderLine {
    /// Price × quantity.
    pub fn amount(&self) -> Rupiah {
        Rupiah(self.price.0 * i64::from(self.quantity))
    }
}

/// An order in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderSummary {
    /// Id.
    pub id: i32,
    /// Status.
    pub status: OrderStatus,
    /// Pesantren name.
    pub pesantren_name: String,
    /// Buyer's name as given at checkout.
    pub buyer_name: String,
    /// Items (sum of quantities).
    pub items: i64,
    /// Total.
    pub total: Rupiah,
    /// When placed, `YYYY-MM-DD HH:MM` in Western Indonesian Time.
    pub placed_at: String,
}

/// Everything the order page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderDetail {
    /// Id.
    pub id: i32,
    /// Status.
    pub status: OrderStatus,
    /// How the viewer stands to it.
    pub role: OrderRole,
    /// What the viewer may do now.
    pub actions: Vec<OrderAction>,
    /// Pesantren name.
    pub pesantren_name: String,
    /// Pesantren slug.
    pub pesantren_slug: String,
    /// Pesantren WhatsApp, international digits.
    pub pesantren_whatsapp: String,
    /// Buyer's name.
    pub buyer_name: String,
    /// Buyer's phone, international digits.
    pub phone: String,
    /// Shipping region name, `None` outside East Java.
    pub region_name: Option<String>,
    /// Shipping address.
    pub address: String,
    /// Buyer's note.
    pub note: Option<String>,
    /// Lines.
    pub lines: Vec<OrderLine>,
    /// Total.
    pub total: Rupiah,
    /// Courier, once shipped.
    pub courier: Option<String>,
    /// Tracking number, once shipped.
    pub tracking: Option<String>,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// Placed, `YYYY-MM-DD HH:MM` WIB.
    pub placed_at: String,
    /// Last change, `YYYY-MM-DD HH:MM` WIB.
    pub updated_at: String,
}

/// Orders waiting for the pesantren, per status filter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomingOrders {
    /// Pesantren name.
    pub pesantren_name: String,
    /// The whole pesantren's orders (admin) or only those with the seller's products.
    pub whole_pesantren: bool,
    /// The status shown, `None` for all.
    pub status: Option<OrderStatus>,
    /// Orders per status, in lifecycle order.
    pub counts: Vec<(OrderStatus, u64)>,
    /// The orders shown, newest first.
    pub orders: Vec<OrderSummary>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrderAction as A;
    use OrderStatus as S;

    /// The whole table, written out by hand: (role, status, action) → outcome.
    #[test]
    fn every_role_status_and_action_has_its_outcome() {
        let expected = |role: OrderRole, status: S, action: A| -> Result<S, OrderRefusal> {
            match role {
                OrderRole::PartSeller => Err(OrderRefusal::NotAllowed),
                OrderRole::Buyer => match (status, action) {
                    (S::Pending, A::Cancel) => Ok(S::Cancelled),
                    (_, A::Cancel) => Err(OrderRefusal::WrongStatus),
                    _ => Err(OrderRefusal::NotAllowed),
                },
                OrderRole::Seller | OrderRole::PesantrenAdmin => match (status, action) {
                    (S::Pending, A::Confirm) => Ok(S::Confirmed),
                    (S::Confirmed, A::Ship) => Ok(S::Shipped),
                    (S::Shipped, A::Complete) => Ok(S::Completed),
                    (S::Pending, A::Cancel) | (S::Confirmed, A::Cancel) => Ok(S::Cancelled),
                    _ => Err(OrderRefusal::WrongStatus),
                },
            }
        };
        let mut allowed = 0;
        for role in OrderRole::ALL {
            for &status in S::ALL {
                for &action in A::ALL {
                    let got = next_status(role, status, action);
                    assert_eq!(
                        got,
                        expected(role, status, action),
                        "{role:?} {status:?} {action:?}"
                    );
                    allowed += usize::from(got.is_ok());
                }
            }
        }
        // Buyer: 1; seller and admin: 5 each.
        assert_eq!(allowed, 11);
    }

    #[test]
    fn finished_orders_offer_nothing() {
        for role in OrderRole::ALL {
            assert!(actions_for(role, S::Completed).is_empty());
            assert!(actions_for(role, S::Cancelled).is_empty());
        }
        assert_eq!(
            actions_for(OrderRole::PesantrenAdmin, S::Pending),
            vec![A::Confirm, A::Cancel]
        );
        assert_eq!(actions_for(OrderRole::Buyer, S::Confirmed), vec![]);
    }

    #[test]
    fn the_pesantren_gives_a_reason_to_cancel_and_the_buyer_need_not() {
        assert_eq!(
            ActionDetails::parse(OrderRole::PesantrenAdmin, A::Cancel, "  ", "", ""),
            Err(OrderRefusal::ReasonMissing)
        );
        assert_eq!(
            ActionDetails::parse(OrderRole::Buyer, A::Cancel, "", "", "").map(|d| d.reason),
            Ok(None)
        );
        let long = "x".repeat(REASON_MAX_CHARS + 1);
        assert_eq!(
            ActionDetails::parse(OrderRole::Buyer, A::Cancel, &long, "", ""),
            Err(OrderRefusal::TooLong)
        );
        let ship = ActionDetails::parse(OrderRole::Seller, A::Ship, "ignored", " JNE ", "")
            .expect("valid");
        assert_eq!(
            ship,
            ActionDetails {
                reason: None,
                courier: Some("JNE".into()),
                tracking: None
            }
        );
    }

    #[test]
    fn order_numbers_round_trip() {
        assert_eq!(order_number(123), "OPOP-000123");
        assert_eq!(order_number(1_234_567), "OPOP-1234567");
        assert_eq!(parse_order_number(" OPOP-000123 "), Some(123));
        assert_eq!(parse_order_number("42"), Some(42));
        for bad in ["", "OPOP-", "OPOP-0", "-1", "OPOP-12a", "99999999999999"] {
            assert_eq!(parse_order_number(bad), None, "{bad}");
        }
    }
}
