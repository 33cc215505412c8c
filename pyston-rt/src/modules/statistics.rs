//! The native `_statistics` module: `_normal_dist_inv_cdf`, the inverse
//! CDF of the normal distribution by Wichura's algorithm AS241 (Applied
//! Statistics 37(3), 1988) — the same rational approximations, evaluated in
//! the same order as `statistics.py`'s fallback, so results are identical.

use crate::object::args;
use crate::object::float::{new_float, to_f64};
use crate::object::header::{PyObject, PyRef};
use crate::object::module::new_native_module;
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;

/// Horner evaluation of `c[0]*r^n + ... + c[n]` (highest degree first).
fn poly(c: &[f64], r: f64) -> f64 {
    c[1..].iter().fold(c[0], |acc, &k| acc * r + k)
}

const CENTRAL_NUM: [f64; 8] = [
    2.509_080_928_730_122_672_7e3, 3.343_057_558_358_812_810_5e4, 6.726_577_092_700_870_085_3e4,
    4.592_195_393_154_987_145_7e4, 1.373_169_376_550_946_112_5e4, 1.971_590_950_306_551_442_7e3,
    1.331_416_678_917_843_774_5e2, 3.387_132_872_796_366_608_0e0,
];
const CENTRAL_DEN: [f64; 8] = [
    5.226_495_278_852_854_561_0e3, 2.872_908_573_572_194_267_4e4, 3.930_789_580_009_271_061_0e4,
    2.121_379_430_158_659_586_7e4, 5.394_196_021_424_751_107_7e3, 6.871_870_074_920_579_083_0e2,
    4.231_333_070_160_091_125_2e1, 1.0,
];
const NEAR_NUM: [f64; 8] = [
    7.745_450_142_783_414_076_40e-4, 2.272_384_498_926_918_458_33e-2, 2.417_807_251_774_506_117_70e-1,
    1.270_458_252_452_368_382_58e0, 3.647_848_324_763_204_605_04e0, 5.769_497_221_460_691_405_50e0,
    4.630_337_846_156_545_295_90e0, 1.423_437_110_749_683_577_34e0,
];
const NEAR_DEN: [f64; 8] = [
    1.050_750_071_644_416_843_24e-9, 5.475_938_084_995_344_946_00e-4, 1.519_866_656_361_645_719_66e-2,
    1.481_039_764_274_800_745_90e-1, 6.897_673_349_851_000_045_50e-1, 1.676_384_830_183_803_849_40e0,
    2.053_191_626_637_758_821_87e0, 1.0,
];
const TAIL_NUM: [f64; 8] = [
    2.010_334_399_292_288_132_65e-7, 2.711_555_568_743_487_578_15e-5, 1.242_660_947_388_078_438_60e-3,
    2.653_218_952_657_612_309_30e-2, 2.965_605_718_285_048_912_30e-1, 1.784_826_539_917_291_335_80e0,
    5.463_784_911_164_114_369_90e0, 6.657_904_643_501_103_777_20e0,
];
const TAIL_DEN: [f64; 8] = [
    2.044_263_103_389_939_785_64e-15, 1.421_511_758_316_445_888_70e-7, 1.846_318_317_510_054_681_80e-5,
    7.868_691_311_456_132_591_00e-4, 1.487_536_129_085_061_485_25e-2, 1.369_298_809_227_358_053_10e-1,
    5.998_322_065_558_879_376_90e-1, 1.0,
];

/// The `x` with `NormalDist(mu, sigma).cdf(x) == p`.
pub fn normal_dist_inv_cdf(p: f64, mu: f64, sigma: f64) -> f64 {
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        let x = poly(&CENTRAL_NUM, r) * q / poly(&CENTRAL_DEN, r);
        return mu + x * sigma;
    }
    let r = if q <= 0.0 { p } else { 1.0 - p };
    let r = (-r.ln()).sqrt();
    let (num, den) = if r <= 5.0 {
        let r = r - 1.6;
        (poly(&NEAR_NUM, r), poly(&NEAR_DEN, r))
    } else {
        let r = r - 5.0;
        (poly(&TAIL_NUM, r), poly(&TAIL_DEN, r))
    };
    let x = num / den;
    mu + (if q < 0.0 { -x } else { x }) * sigma
}

fn inv_cdf(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("_normal_dist_inv_cdf", kw)?;
    if a.len() != 3 {
        return Err(crate::object::exceptions::type_error(format!(
            "_normal_dist_inv_cdf expected 3 arguments, got {}",
            a.len()
        )));
    }
    Ok(new_float(normal_dist_inv_cdf(to_f64(a[0])?, to_f64(a[1])?, to_f64(a[2])?)))
}

static FUNCS: [MethodDef; 1] = [MethodDef { name: "_normal_dist_inv_cdf", func: inv_cdf, flags: 0, doc: "" }];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("_statistics", &FUNCS, vec![]))
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_quantiles() {
        assert_eq!(super::normal_dist_inv_cdf(0.5, 0.0, 1.0), 0.0);
        assert!((super::normal_dist_inv_cdf(0.975, 0.0, 1.0) - 1.959963984540054).abs() < 1e-15);
        assert!((super::normal_dist_inv_cdf(1e-10, 0.0, 1.0) + 6.361340902404056).abs() < 1e-12);
    }
}
