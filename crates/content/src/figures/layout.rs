//! Bar charts as pure integer arithmetic (no browser APIs, no floats): a linear scale
//! from zero, "nice" axis ticks (1, 2 or 5 times a power of ten), and where every bar and
//! labelled stretch goes in the chart's SVG coordinates. The build lays the figures out
//! with this; the views only render the numbers.

/// The chart's coordinate system (the SVG `viewBox`), and the room kept for the axis
/// labels on the left and the bar labels below.
pub const WIDTH: u32 = 640;
pub const HEIGHT: u32 = 320;
pub const LEFT: u32 = 72;
pub const TOP: u32 = 44;
pub const BOTTOM: u32 = 40;

/// A rectangle in chart coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// Where everything goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub bars: Vec<Rect>,
    /// Axis ticks: their height in the chart and their value.
    pub ticks: Vec<(u32, u64)>,
    /// The labelled stretches, over the bars they span.
    pub stretches: Vec<Rect>,
}

/// The step between ticks: the smallest of 1, 2 or 5 times a power of ten that needs at
/// most `max_ticks` steps to pass `max`.
pub fn nice_step(max: u64, max_ticks: u64) -> u64 {
    let max_ticks = max_ticks.max(1);
    let mut power = 1_u64;
    loop {
        for factor in [1, 2, 5] {
            let step = factor * power;
            if max.div_ceil(step) <= max_ticks {
                return step;
            }
        }
        power = power.saturating_mul(10);
    }
}

/// The top of the value axis: the first tick at or above the largest value.
pub fn axis_max(max: u64, step: u64) -> u64 {
    max.div_ceil(step).max(1) * step
}

/// Where `value` sits on the axis, from the bottom of the plot (`TOP + plot height`) up.
fn y_of(value: u64, top: u64) -> u32 {
    let plot = u64::from(HEIGHT - TOP - BOTTOM);
    let height = (value.min(top) * plot + top / 2) / top;
    HEIGHT - BOTTOM - u32::try_from(height).unwrap_or(0)
}

/// Lays out bars for `values`, in order from left to right with a gap of a quarter of a
/// slot between them, ticks for a value axis from zero, and labelled stretches spanning the bars
/// `from..=to`.
pub fn layout(values: &[u32], stretches: &[(usize, usize)], max_ticks: u64) -> Chart {
    let max = values.iter().copied().max().map_or(1, u64::from);
    let step = nice_step(max, max_ticks);
    let top = axis_max(max, step);
    let count = u32::try_from(values.len()).unwrap_or(u32::MAX).max(1);
    let plot_width = WIDTH - LEFT - 8;
    let slot = plot_width / count;
    let bar_width = (slot * 3 / 4).max(1);
    let x_of =
        |index: usize| LEFT + u32::try_from(index).unwrap_or(0) * slot + (slot - bar_width) / 2;
    let bars = values
        .iter()
        .enumerate()
        .map(|(index, &value)| {
            let y = y_of(u64::from(value), top);
            Rect {
                x: x_of(index),
                y,
                width: bar_width,
                height: HEIGHT - BOTTOM - y,
            }
        })
        .collect();
    let ticks = (0..=top / step)
        .map(|i| (y_of(i * step, top), i * step))
        .collect();
    let stretches = stretches
        .iter()
        .map(|&(from, to)| {
            let x = LEFT + u32::try_from(from).unwrap_or(0) * slot;
            let end = LEFT + u32::try_from(to + 1).unwrap_or(0) * slot;
            Rect {
                x,
                y: TOP - 20,
                width: end.saturating_sub(x),
                height: HEIGHT - BOTTOM - (TOP - 20),
            }
        })
        .collect();
    Chart {
        bars,
        ticks,
        stretches,
    }
}

/// A whole number with thousands separated by commas: 1201738 → "1,201,738".
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(352_560, 5), 100_000);
        assert_eq!(nice_step(352_560, 8), 50_000);
        assert_eq!(nice_step(2_500_000, 6), 500_000);
        assert_eq!(nice_step(7, 10), 1);
        assert_eq!(nice_step(0, 5), 1);
        assert_eq!(axis_max(352_560, 100_000), 400_000);
        assert_eq!(axis_max(0, 1), 1);
    }

    #[test]
    fn bars_stand_on_the_axis_and_scale_with_their_values() {
        let chart = layout(&[100, 50, 0, 400], &[(1, 2)], 4);
        let floor = HEIGHT - BOTTOM;
        for bar in &chart.bars {
            assert_eq!(bar.y + bar.height, floor, "{bar:?}");
        }
        assert_eq!(
            chart.bars[3].y, TOP,
            "the largest value reaches the top tick"
        );
        assert!(
            chart.bars[0].height.abs_diff(2 * chart.bars[1].height) <= 1,
            "to the nearest unit"
        );
        assert_eq!(chart.bars[2].height, 0);
        // Left to right, without overlapping, inside the plot.
        for pair in chart.bars.windows(2) {
            assert!(pair[0].x + pair[0].width < pair[1].x);
        }
        assert!(chart.bars[0].x >= LEFT);
        let last = chart.bars[3];
        assert!(last.x + last.width <= WIDTH);
        assert_eq!(
            chart.ticks,
            vec![
                (floor, 0),
                (floor - 59, 100),
                (floor - 118, 200),
                (floor - 177, 300),
                (TOP, 400)
            ]
        );
        // The mark spans bars 1 and 2.
        let mark = chart.stretches[0];
        assert!(mark.x <= chart.bars[1].x);
        assert!(mark.x + mark.width >= chart.bars[2].x + chart.bars[2].width);
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(1_201_738), "1,201,738");
        assert_eq!(grouped(352_560), "352,560");
    }
}
