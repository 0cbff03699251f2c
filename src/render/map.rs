//! World maps as inline SVG, drawn at build time from `data/world-map.json` (Natural Earth
//! outlines, pre-projected by `tools/map/build-map.mjs`). Countries with case studies are
//! shaded by how many there are, are links to their country page, have an accessible name
//! and are reachable by keyboard. Small states missing from the outlines get a marker.

use crate::link::join_path;
use crate::link::markdown::escape_attr;
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub use crate::content::world_map::{Marker, Outline, WorldMap};

/// What one country on the map links to.
#[derive(Debug, Clone)]
pub struct MapEntry {
    /// Name shown to people.
    pub name: String,
    /// Number of case studies.
    pub count: usize,
    /// Site path of the country page (without base path).
    pub path: String,
}

/// Shade class for a count: 1, 2–3, 4–9, 10 or more.
fn shade(count: usize) -> u8 {
    match count {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        4..=9 => 3,
        _ => 4,
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        "case study"
    } else {
        "case studies"
    }
}

/// The interactive world map: every country with case studies is a link.
pub fn world_map_svg(
    map: &WorldMap,
    entries: &BTreeMap<String, MapEntry>,
    base_path: &str,
) -> String {
    let mut svg = String::with_capacity(120_000);
    let _ = write!(
        svg,
        r#"<svg class="world-map" viewBox="0 0 {w} {h}" role="group" aria-labelledby="world-map-title" xmlns="http://www.w3.org/2000/svg"><title id="world-map-title">World map of case studies: {n} countries, shaded by number of case studies</title>"#,
        w = map.width,
        h = map.height,
        n = entries.len()
    );
    for c in &map.countries {
        match entries.get(&c.code) {
            Some(e) => {
                let label = format!("{}: {} {}", e.name, e.count, plural(e.count));
                let _ = write!(
                    svg,
                    r#"<a href="{href}" aria-label="{label}"><path d="{d}" class="country shade-{s}" data-iso="{code}"><title>{label}</title></path></a>"#,
                    href = escape_attr(&join_path(base_path, &e.path)),
                    label = escape_attr(&label),
                    d = c.d,
                    s = shade(e.count),
                    code = c.code
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r#"<path d="{}" class="country" data-iso="{}" aria-hidden="true"/>"#,
                    c.d, c.code
                );
            }
        }
    }
    for m in &map.markers {
        if let Some(e) = entries.get(&m.code) {
            let label = format!("{}: {} {}", e.name, e.count, plural(e.count));
            let _ = write!(
                svg,
                r#"<a href="{href}" aria-label="{label}"><circle cx="{x}" cy="{y}" r="5" class="marker shade-{s}" data-iso="{code}"><title>{label}</title></circle></a>"#,
                href = escape_attr(&join_path(base_path, &e.path)),
                label = escape_attr(&label),
                x = m.x,
                y = m.y,
                s = shade(e.count),
                code = m.code
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// A small locator map for one country: the region around it, with the country highlighted.
/// Only the parts of outlines that reach into the shown region are drawn: the others would
/// be outside the picture, and all of them made every country page about 80 KB heavier.
pub fn locator_svg(map: &WorldMap, code: &str, name: &str) -> Option<String> {
    let (x0, y0, x1, y1) = if let Some(c) = map.countries.iter().find(|c| c.code == code) {
        main_part_bounds(&c.d)?
    } else {
        let m = map.markers.iter().find(|m| m.code == code)?;
        (m.x, m.y, m.x, m.y)
    };
    // Show the country with generous context, at the map's aspect ratio.
    let cx = (x0 + x1) / 2.0;
    let cy = (y0 + y1) / 2.0;
    let span = ((x1 - x0).max((y1 - y0) * 2.0) * 2.2).clamp(60.0, map.width);
    let (w, h) = (span, span / 2.0);
    let vx = (cx - w / 2.0).clamp(0.0, map.width - w);
    let vy = (cy - h / 2.0).clamp(0.0, (map.height - h).max(0.0));
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="locator-map" viewBox="{vx:.1} {vy:.1} {w:.1} {h:.1}" role="img" aria-label="Map showing where {name} is" xmlns="http://www.w3.org/2000/svg">"#,
        name = escape_attr(name)
    );
    // Only the parts of outlines that reach into the view (with a unit to spare for the
    // rounding of the view box and the stroke).
    let view = (vx, vy, vx + w, vy + h);
    for c in &map.countries {
        let d: String = parts(&c.d)
            .into_iter()
            .filter(|&(_, b)| overlaps(view, b, 1.0))
            .map(|(part, _)| part)
            .collect();
        if d.is_empty() {
            continue;
        }
        let class = if c.code == code {
            "country here"
        } else {
            "country"
        };
        let _ = write!(svg, r#"<path d="{d}" class="{class}"/>"#);
    }
    if let Some(m) = map.markers.iter().find(|m| m.code == code) {
        let _ = write!(
            svg,
            r#"<circle cx="{}" cy="{}" r="{:.1}" class="marker here"/>"#,
            m.x,
            m.y,
            (w / 80.0).max(1.5)
        );
    }
    svg.push_str("</svg>");
    Some(svg)
}

/// A box: left, top, right, bottom.
type Bounds = (f64, f64, f64, f64);

/// The parts of an outline with their boxes: its subpaths that start with an absolute `M`
/// (a path with a relative `m` is one part, as its subpaths depend on each other).
fn parts(d: &str) -> Vec<(&str, Bounds)> {
    if d.contains('m') {
        return path_bounds(d).map(|b| vec![(d, b)]).unwrap_or_default();
    }
    d.match_indices('M')
        .map(|(start, _)| {
            let end = d[start + 1..].find('M').map_or(d.len(), |i| start + 1 + i);
            &d[start..end]
        })
        .filter_map(|part| path_bounds(part).map(|b| (part, b)))
        .collect()
}

/// Whether two boxes overlap once `a` is grown by `margin` on every side.
fn overlaps(a: Bounds, b: Bounds, margin: f64) -> bool {
    b.2 >= a.0 - margin && b.0 <= a.2 + margin && b.3 >= a.1 - margin && b.1 <= a.3 + margin
}

/// The bounds of an outline's main part and the parts near it, so that a country with
/// distant territories (France and French Guiana) is framed around its main part rather
/// than half the world, while the islands of an archipelago (Indonesia, New Zealand,
/// Malaysia's two halves) stay in the picture. The main part is the one with the largest
/// box; a part is near when its box comes within half the main part's longer side of the parts
/// already taken.
pub(crate) fn main_part_bounds(d: &str) -> Option<Bounds> {
    let mut left: Vec<Bounds> = parts(d).into_iter().map(|(_, b)| b).collect();
    let area = |(x0, y0, x1, y1): Bounds| (x1 - x0) * (y1 - y0);
    let main = (0..left.len()).max_by(|&a, &b| area(left[a]).total_cmp(&area(left[b])))?;
    let mut frame = left.swap_remove(main);
    let reach = (frame.2 - frame.0).max(frame.3 - frame.1) / 2.0;
    while let Some(next) = left.iter().position(|&p| overlaps(frame, p, reach)) {
        let p = left.swap_remove(next);
        frame = (
            frame.0.min(p.0),
            frame.1.min(p.1),
            frame.2.max(p.2),
            frame.3.max(p.3),
        );
    }
    Some(frame)
}

/// The bounding box of SVG path data made of M/m, L/l, H/h, V/v and Z/z commands.
pub fn path_bounds(d: &str) -> Option<(f64, f64, f64, f64)> {
    let mut pen = Pen::default();
    let mut command = 'M';
    let mut token = String::new();
    for ch in d.chars() {
        if ch.is_ascii_alphabetic() && ch != 'e' && ch != 'E' {
            pen.take_number(&mut token);
            pen.draw(command);
            if ch == 'Z' || ch == 'z' {
                (pen.x, pen.y) = pen.start;
            }
            command = ch;
        } else if ch == '-' && !token.is_empty() && !token.ends_with(['e', 'E']) {
            pen.take_number(&mut token);
            token.push(ch);
        } else if ch == ' ' || ch == ',' {
            pen.take_number(&mut token);
        } else {
            token.push(ch);
        }
    }
    pen.take_number(&mut token);
    pen.draw(command);
    pen.bounds
}

/// Where [`path_bounds`] is in the path: the current point, the start of the subpath, the
/// numbers read for the current command, and the box of the points visited so far.
#[derive(Default)]
struct Pen {
    x: f64,
    y: f64,
    start: (f64, f64),
    numbers: Vec<f64>,
    bounds: Option<(f64, f64, f64, f64)>,
}

impl Pen {
    /// Ends the number being read in `token`, if any.
    fn take_number(&mut self, token: &mut String) {
        if !token.is_empty() {
            if let Ok(n) = token.parse() {
                self.numbers.push(n);
            }
            token.clear();
        }
    }

    /// Moves through the numbers read for `command`, growing the box at every point.
    fn draw(&mut self, command: char) {
        let numbers = std::mem::take(&mut self.numbers);
        let mut i = 0;
        let mut first = true;
        while i < numbers.len() {
            match command {
                'M' | 'L' if i + 1 < numbers.len() => {
                    (self.x, self.y) = (numbers[i], numbers[i + 1]);
                    i += 2;
                }
                'm' | 'l' if i + 1 < numbers.len() => {
                    self.x += numbers[i];
                    self.y += numbers[i + 1];
                    i += 2;
                }
                'H' => {
                    self.x = numbers[i];
                    i += 1;
                }
                'h' => {
                    self.x += numbers[i];
                    i += 1;
                }
                'V' => {
                    self.y = numbers[i];
                    i += 1;
                }
                'v' => {
                    self.y += numbers[i];
                    i += 1;
                }
                _ => break,
            }
            if first && matches!(command, 'M' | 'm') {
                self.start = (self.x, self.y);
            }
            first = false;
            let (x, y) = (self.x, self.y);
            self.bounds = Some(match self.bounds {
                None => (x, y, x, y),
                Some((a, b, c, d)) => (a.min(x), b.min(y), c.max(x), d.max(y)),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_follow_relative_commands_and_subpaths() {
        assert_eq!(
            path_bounds("M10 20l5-5 5 5Z"),
            Some((10.0, 15.0, 20.0, 20.0))
        );
        assert_eq!(
            path_bounds("M0 0l1 1ZM100 50l-1-1Z"),
            Some((0.0, 0.0, 100.0, 50.0))
        );
        assert_eq!(path_bounds("M1.5,2.5L3,4"), Some((1.5, 2.5, 3.0, 4.0)));
    }

    #[test]
    fn a_locator_draws_the_country_and_its_neighbours_only() {
        let outline = |code: &str, d: &str| Outline {
            code: code.into(),
            name: code.into(),
            d: d.into(),
        };
        let map = WorldMap {
            width: 1000.0,
            height: 500.0,
            countries: vec![
                outline("AA", "M100 100h10v10h-10Z"),
                // A neighbour with a distant territory: only its part in view is drawn.
                outline("BB", "M112 100h10v10h-10ZM900 450h5v5h-5Z"),
                outline("CC", "M800 400h10v10h-10Z"),
            ],
            markers: Vec::new(),
            source: String::new(),
        };
        let svg = locator_svg(&map, "AA", "Aa").unwrap();
        assert!(svg.contains(r#"<path d="M100 100h10v10h-10Z" class="country here"/>"#));
        assert!(svg.contains(r#"<path d="M112 100h10v10h-10Z" class="country"/>"#));
        assert!(
            !svg.contains("M800 400") && !svg.contains("M900 450"),
            "{svg}"
        );
    }

    #[test]
    fn a_country_with_distant_territories_is_framed_around_its_main_part() {
        // A large main part, an island near it and a small island far away.
        let d = "M100 100l50 0 0 30-50 0ZM160 100l10 0 0 10-10 0ZM600 300l5 0 0 5-5 0Z";
        assert_eq!(main_part_bounds(d), Some((100.0, 100.0, 170.0, 130.0)));
        assert_eq!(path_bounds(d), Some((100.0, 100.0, 605.0, 305.0)));
    }

    #[test]
    fn shades_grow_with_counts() {
        assert_eq!([1, 2, 3, 4, 9, 10, 50].map(shade), [1, 2, 2, 3, 3, 4, 4]);
    }
}
