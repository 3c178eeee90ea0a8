//! The plot area of a chart: scales from data to page points, and clipping of lines to it.

/// The plot area in page points, with its data ranges.
pub struct Frame {
    /// Left edge.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Day numbers at the left and right edges.
    pub days: [f64; 2],
    /// Values at the bottom and top edges.
    pub values: [f64; 2],
}

impl Frame {
    /// The x of a day number.
    pub fn x(&self, day: f64) -> f32 {
        let span = (self.days[1] - self.days[0]).max(1.0);
        self.left + ((day - self.days[0]) / span) as f32 * self.width
    }

    /// The y of a value.
    pub fn y(&self, value: f64) -> f32 {
        let span = (self.values[1] - self.values[0]).max(1e-9);
        self.top + self.height - ((value - self.values[0]) / span) as f32 * self.height
    }

    /// The page point of a (day, value) pair.
    pub fn point(&self, [day, value]: [f64; 2]) -> (f32, f32) {
        (self.x(day), self.y(value))
    }

    /// True when a page point lies in the plot area.
    pub fn contains(&self, (x, y): (f32, f32)) -> bool {
        let margin = 0.5;
        x >= self.left - margin
            && x <= self.left + self.width + margin
            && y >= self.top - margin
            && y <= self.top + self.height + margin
    }

    /// The parts of a polyline inside the plot area.
    pub fn clip(&self, points: &[(f32, f32)]) -> Vec<Vec<(f32, f32)>> {
        let mut parts: Vec<Vec<(f32, f32)>> = Vec::new();
        let mut current: Vec<(f32, f32)> = Vec::new();
        for pair in points.windows(2) {
            match self.clip_segment(pair[0], pair[1]) {
                Some((a, b)) => {
                    if current.last() != Some(&a) {
                        if current.len() >= 2 {
                            parts.push(std::mem::take(&mut current));
                        }
                        current = vec![a];
                    }
                    current.push(b);
                }
                None => {
                    if current.len() >= 2 {
                        parts.push(std::mem::take(&mut current));
                    }
                    current.clear();
                }
            }
        }
        if current.len() >= 2 {
            parts.push(current);
        }
        parts
    }

    /// Liang–Barsky clipping of one segment to the plot area.
    fn clip_segment(&self, a: (f32, f32), b: (f32, f32)) -> Option<((f32, f32), (f32, f32))> {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0_f32, 1.0_f32);
        let edges = [
            (-dx, a.0 - self.left),
            (dx, self.left + self.width - a.0),
            (-dy, a.1 - self.top),
            (dy, self.top + self.height - a.1),
        ];
        for (p, q) in edges {
            if p.abs() < 1e-6 {
                if q < 0.0 {
                    return None;
                }
                continue;
            }
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return None;
            }
        }
        Some((
            (a.0 + t0 * dx, a.1 + t0 * dy),
            (a.0 + t1 * dx, a.1 + t1 * dy),
        ))
    }
}
