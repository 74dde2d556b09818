//! The cart: which products, how many. A visitor's cart lives in the session; a signed-in
//! buyer's in the database, and a visitor's cart joins it at login.

use crate::Rupiah;
use serde::{Deserialize, Serialize};

/// Most units of one product in a cart.
pub const MAX_QUANTITY: i32 = 999;
/// Most different products in a cart.
pub const MAX_LINES: usize = 50;

/// One product and how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    /// Product id.
    pub product_id: i32,
    /// Units, 1 to [`MAX_QUANTITY`].
    pub quantity: i32,
}

/// Why a product could not go into the cart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CartProblem {
    /// Not (or no longer) in the catalogue.
    Unavailable,
    /// None left.
    OutOfStock,
    /// The cart holds [`MAX_LINES`] products already.
    Full,
    /// Not a whole number from 1 up.
    QuantityInvalid,
}

/// A cart's lines, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cart {
    /// The lines.
    pub lines: Vec<CartLine>,
}

/// A quantity as typed: a whole number from 1 up.
pub fn parse_quantity(text: &str) -> Result<i32, CartProblem> {
    match text.trim().parse::<i64>() {
        Ok(n) if n >= 1 => {
            Ok(i32::try_from(n.min(i64::from(MAX_QUANTITY))).unwrap_or(MAX_QUANTITY))
        }
        _ => Err(CartProblem::QuantityInvalid),
    }
}

impl Cart {
    /// Units in the cart.
    pub fn units(&self) -> i64 {
        self.lines.iter().map(|l| i64::from(l.quantity)).sum()
    }

    /// The quantity of one product (0 when absent).
    pub fn quantity_of(&self, product_id: i32) -> i32 {
        self.lines
            .iter()
            .find(|l| l.product_id == product_id)
            .map_or(0, |l| l.quantity)
    }

    /// Adds `quantity` units of a product that has `stock` left, never more than the stock;
    /// returns the quantity now in the cart.
    pub fn add(&mut self, product_id: i32, quantity: i32, stock: i32) -> Result<i32, CartProblem> {
        let wanted = self.quantity_of(product_id).saturating_add(quantity);
        self.set(product_id, wanted, stock)
    }

    /// Sets the quantity of a product that has `stock` left (at most the stock); returns it.
    pub fn set(&mut self, product_id: i32, quantity: i32, stock: i32) -> Result<i32, CartProblem> {
        if quantity < 1 {
            return Err(CartProblem::QuantityInvalid);
        }
        if stock < 1 {
            return Err(CartProblem::OutOfStock);
        }
        let quantity = quantity.min(stock).min(MAX_QUANTITY);
        if let Some(line) = self.lines.iter_mut().find(|l| l.product_id == product_id) {
            line.quantity = quantity;
        } else if self.lines.len() >= MAX_LINES {
            return Err(CartProblem::Full);
        } else {
            self.lines.push(CartLine {
                product_id,
                quantity,
            });
        }
        Ok(quantity)
    }

    /// Takes a product out.
    pub fn remove(&mut self, product_id: i32) {
        self.lines.retain(|l| l.product_id != product_id);
    }

    /// Adds another cart's lines (a visitor's cart at login): quantities add up, capped at
    /// [`MAX_QUANTITY`]; lines past [`MAX_LINES`] are dropped. Stock is checked when the cart
    /// is shown and at checkout.
    pub fn merge(&mut self, other: &Cart) {
        for line in &other.lines {
            if let Some(mine) = self
                .lines
                .iter_mut()
                .find(|l| l.product_id == line.product_id)
            {
                mine.quantity = mine
                    .quantity
                    .saturating_add(line.quantity)
                    .min(MAX_QUANTITY);
            } else if self.lines.len() < MAX_LINES {
                self.lines.push(*line);
            }
        }
    }
}

/// What is wrong with a line now (the product changed since it was added).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineProblem {
    /// No longer in the catalogue.
    Unavailable,
    /// Only this many left (0: sold out).
    OnlyLeft(i32),
}

/// A line as the cart page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartItem {
    /// Product id.
    pub product_id: i32,
    /// Product page slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Price now.
    pub price: Rupiah,
    /// Units in the cart.
    pub quantity: i32,
    /// Units in stock now.
    pub stock: i32,
    /// Small cover photo URL.
    pub photo: Option<String>,
    /// What stops it being ordered, if anything.
    pub problem: Option<LineProblem>,
}

/// The lines of one pesantren: they become one order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartGroup {
    /// Pesantren name.
    pub pesantren_name: String,
    /// Pesantren slug.
    pub pesantren_slug: String,
    /// Region as cards write it.
    pub region_name: String,
    /// Lines.
    pub items: Vec<CartItem>,
}

impl CartGroup {
    /// Price × quantity over the lines that can be ordered.
    pub fn subtotal(&self) -> Rupiah {
        Rupiah(
            self.items
                .iter()
                .filter(|i| i.problem.is_none())
                .map(|i| i.price.0 * i64::from(i.quantity))
                .sum(),
        )
    }
}

/// The cart page: lines grouped by pesantren.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartView {
    /// One group per pesantren, in the order first added.
    pub groups: Vec<CartGroup>,
}

impl CartView {
    /// The sum of the groups.
    pub fn total(&self) -> Rupiah {
        Rupiah(self.groups.iter().map(|g| g.subtotal().0).sum())
    }

    /// Nothing in it.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Some line cannot be ordered as it stands.
    pub fn has_problems(&self) -> bool {
        self.groups
            .iter()
            .flat_map(|g| &g.items)
            .any(|i| i.problem.is_some())
    }
}

/// The problem of a line with `quantity` units of a product that is `published` with `stock`.
pub fn line_problem(published: bool, stock: i32, quantity: i32) -> Option<LineProblem> {
    if !published {
        Some(LineProblem::Unavailable)
    } else if stock < quantity {
        Some(LineProblem::OnlyLeft(stock.max(0)))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_stay_within_stock() {
        let mut cart = Cart::default();
        assert_eq!(cart.add(7, 2, 5), Ok(2));
        assert_eq!(cart.add(7, 10, 5), Ok(5));
        assert_eq!(cart.add(8, 1, 0), Err(CartProblem::OutOfStock));
        assert_eq!(cart.set(7, 0, 5), Err(CartProblem::QuantityInvalid));
        assert_eq!(cart.set(7, 3, 5), Ok(3));
        assert_eq!(cart.units(), 3);
        cart.remove(7);
        assert!(cart.lines.is_empty());
    }

    #[test]
    fn quantities_as_typed() {
        assert_eq!(parse_quantity(" 3 "), Ok(3));
        assert_eq!(parse_quantity("100000"), Ok(MAX_QUANTITY));
        for bad in ["", "0", "-2", "1.5", "dua", "99999999999999999999"] {
            assert_eq!(
                parse_quantity(bad),
                Err(CartProblem::QuantityInvalid),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_full_cart_takes_no_new_product() {
        let mut cart = Cart::default();
        for id in 0..i32::try_from(MAX_LINES).expect("small") {
            assert_eq!(cart.add(id, 1, 9), Ok(1));
        }
        assert_eq!(cart.add(999, 1, 9), Err(CartProblem::Full));
        // More of a product already in it is fine.
        assert_eq!(cart.add(0, 1, 9), Ok(2));
    }

    #[test]
    fn a_visitors_cart_joins_the_buyers_at_login() {
        let mut mine = Cart::default();
        mine.add(1, 2, 10).expect("added");
        let mut visitor = Cart::default();
        visitor.add(1, 3, 10).expect("added");
        visitor.add(2, 1, 10).expect("added");
        mine.merge(&visitor);
        assert_eq!(
            mine.lines,
            vec![
                CartLine {
                    product_id: 1,
                    quantity: 5
                },
                CartLine {
                    product_id: 2,
                    quantity: 1
                }
            ]
        );
    }

    #[test]
    fn lines_that_cannot_be_ordered_do_not_count() {
        assert_eq!(line_problem(true, 5, 5), None);
        assert_eq!(line_problem(true, 2, 5), Some(LineProblem::OnlyLeft(2)));
        assert_eq!(line_problem(false, 9, 1), Some(LineProblem::Unavailable));
        let item = |price, quantity, problem| CartItem {
            product_id: 1,
            slug: String::new(),
            name: String::new(),
            unit: String::new(),
            price: Rupiah(price),
            quantity,
            stock: 9,
            photo: None,
            problem,
        };
        let group = CartGroup {
            pesantren_name: String::new(),
            pesantren_slug: String::new(),
            region_name: String::new(),
            items: vec![
                item(25_000, 2, None),
                item(10_000, 1, Some(LineProblem::Unavailable)),
            ],
        };
        assert_eq!(group.subtotal(), Rupiah(50_000));
        let view = CartView {
            groups: vec![group.clone(), group],
        };
        assert_eq!(view.total(), Rupiah(100_000));
        assert!(view.has_problems());
    }
}
