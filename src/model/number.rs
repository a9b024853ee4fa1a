//! Numbers as people write them: `58`, not `58.0`.
//!
//! Whole numbers are written without a fraction so hand-edited files stay tidy; reading them
//! back gives the same `f64`, so save and load still agree exactly.

use serde::Serializer;

/// The largest whole number an `f64` holds exactly.
const EXACT_WHOLE: f64 = 9_007_199_254_740_992.0;

/// Writes whole numbers as integers and everything else as the shortest exact decimal.
pub fn write<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() <= EXACT_WHOLE {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// [`write`] for optional numbers.
pub fn write_option<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => write(value, serializer),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize)]
    struct N(#[serde(serialize_with = "super::write")] f64);

    #[test]
    fn whole_numbers_have_no_fraction() {
        let text = |v: f64| serde_json::to_string(&N(v)).unwrap();
        assert_eq!(text(58.0), "58");
        assert_eq!(text(-2.0), "-2");
        assert_eq!(text(1.5), "1.5");
        assert_eq!(text(1e300), "1e+300");
    }
}
