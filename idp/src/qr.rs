//! Reading back the QR codes we draw: our SVG (dark rectangles of one path) rasterised and
//! decoded with rqrr. Used by the reference authenticator (`--qr FILE`) and the tests.

/// The text of the QR code in an SVG drawn by the `qrcode` crate, if it decodes.
pub fn decode_svg(svg: &str) -> Option<String> {
    let svg = &svg[svg.find("<svg")?..];
    let number = |attr: &str| -> Option<usize> {
        let start = svg.find(&format!("{attr}=\""))? + attr.len() + 2;
        svg[start..].split('"').next()?.parse().ok()
    };
    let (width, height) = (number("width")?, number("height")?);
    if width == 0 || height == 0 || width * height > 16_000_000 {
        return None;
    }
    let mut dark = vec![false; width * height];
    let path = svg.split(" d=\"").nth(1)?.split('"').next()?;
    for rect in path.split('M').filter(|r| !r.is_empty()) {
        // M{left} {top}h{w}v{h}H{left}V{top}
        let (left, rest) = rect.split_once(' ')?;
        let (top, rest) = rest.split_once('h')?;
        let (w, rest) = rest.split_once('v')?;
        let h = rest.split('H').next()?;
        let [left, top, w, h] = [left, top, w, h].map(|n| n.parse::<usize>().ok());
        let (left, top, w, h) = (left?, top?, w?, h?);
        for y in top..(top + h).min(height) {
            for x in left..(left + w).min(width) {
                dark[y * width + x] = true;
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        if dark[y * width + x] { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    grids.first()?.decode().ok().map(|(_, text)| text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_we_draw_decodes_to_what_we_wrote() {
        let text =
            "otpauth://totp/ERN%20Login:anna@example.eu?secret=JBSWY3DPEHPK3PXP&issuer=ERN%20Login";
        let svg = crate::factors::qr_svg(text).unwrap_or_default();
        assert_eq!(decode_svg(&svg).as_deref(), Some(text));
        assert_eq!(
            decode_svg("<svg width=\"10\" height=\"10\"><path d=\"M0 0h1v1H0V0\"/></svg>"),
            None
        );
    }
}
