//! The template side of the catalogues: `{{ "key"|t }}`, and with placeholders
//! `{{ "key"|t1("name", value) }}`, `{{ "key"|t2("a", x, "b", y) }}`. Numbers stay numbers,
//! so that plural rules apply. A module that defines templates brings these in with
//! `use ern_i18n::filters;`. Output is escaped by the template like any other value.

use std::fmt::Display;

use crate::{FluentValue, current, t_args};

/// A value a placeholder can take.
pub trait Arg {
    fn value(&self) -> FluentValue<'_>;
}

macro_rules! numbers {
    ($($ty:ty),*) => {$(
        impl Arg for $ty {
            fn value(&self) -> FluentValue<'_> {
                FluentValue::from(*self)
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i32, i64);

impl Arg for str {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'_> {
        (**self).value()
    }
}

impl<T: Arg> Arg for Option<T> {
    fn value(&self) -> FluentValue<'_> {
        match self {
            Some(v) => v.value(),
            None => FluentValue::from(""),
        }
    }
}

#[askama::filter_fn]
pub fn t<K: Display>(key: K, _env: &dyn askama::Values) -> askama::Result<String> {
    Ok(crate::t(current(), &key.to_string()))
}

#[askama::filter_fn]
pub fn t1<K: Display, V: Arg>(
    key: K,
    _env: &dyn askama::Values,
    name: &'static str,
    value: V,
) -> askama::Result<String> {
    Ok(t_args(
        current(),
        &key.to_string(),
        &[(name, value.value())],
    ))
}

#[askama::filter_fn]
pub fn t2<K: Display, V1: Arg, V2: Arg>(
    key: K,
    _env: &dyn askama::Values,
    name1: &'static str,
    value1: V1,
    name2: &'static str,
    value2: V2,
) -> askama::Result<String> {
    Ok(t_args(
        current(),
        &key.to_string(),
        &[(name1, value1.value()), (name2, value2.value())],
    ))
}

/// The code of the request's language, for `<html lang="{{ ""|lang }}">`.
#[askama::filter_fn]
pub fn lang<U>(_unused: U, _env: &dyn askama::Values) -> askama::Result<&'static str> {
    Ok(current().code())
}

/// The languages for the selector: (code, name in itself, whether it is the request's).
#[askama::filter_fn]
pub fn languages<U>(
    _unused: U,
    _env: &dyn askama::Values,
) -> askama::Result<Vec<(&'static str, &'static str, bool)>> {
    let lang = current();
    Ok(crate::Lang::all()
        .map(|l| (l.code(), l.name(), l == lang))
        .collect())
}

/// The path and query of the request, for the selector's way back.
#[askama::filter_fn]
pub fn here<U>(_unused: U, _env: &dyn askama::Values) -> askama::Result<String> {
    Ok(crate::here())
}
