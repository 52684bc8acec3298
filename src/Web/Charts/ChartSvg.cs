using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Waardering.Web.Charts;

/// <summary>What the values of a chart are, for the labels of its value axis.</summary>
public enum ChartUnit
{
    /// <summary>Whole things counted: requests, caregivers, check-ins.</summary>
    Count,

    /// <summary>Money in euros (callers divide cents by 100).</summary>
    Euros,

    /// <summary>A share in percent.</summary>
    Percent,
}

/// <summary>A shaded range around a line, e.g. the forecast's band.</summary>
public sealed record ChartBand(string Name, IReadOnlyList<double> Low, IReadOnlyList<double> High);

/// <summary>
/// Draws the dashboard's charts as SVG on the server with ScottPlot: no script in the browser, and
/// a drawing that prints. Text in the SVG is XML-escaped by the renderer; the chart's words
/// (categories, series names) are ours or policy staff's, never a citizen's.
/// </summary>
public static partial class ChartSvg
{
    private const int Width = 760;
    private const int Height = 340;

    /// <summary>Bars per category, side by side per series (or stacked).</summary>
    public static string Bars(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, ChartUnit unit, bool stacked = false)
    {
        var plot = NewPlot(unit);
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        var width = stacked ? 0.7 : 0.8 / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            double bottom = 0;
            for (var s = 0; s < series.Count; s++)
            {
                var value = c < series[s].Values.Count ? series[s].Values[c] : 0;
                var position = stacked ? c : c - 0.4 + (width * (s + 0.5));
                bars.Add(new Bar
                {
                    Position = position, ValueBase = bottom, Value = bottom + value, FillColor = palette.GetColor(s),
                    Size = stacked ? width : width * 0.9, LineWidth = 0,
                });
                bottom = stacked ? bottom + value : 0;
            }
        }

        plot.Add.Bars(bars);
        Legend(plot, series.Select((s, i) => (s.Name, palette.GetColor(i))));
        CategoryTicks(plot, categories);
        plot.Axes.Margins(bottom: 0);
        return Svg(plot);
    }

    /// <summary>A line per series over the categories, with an optional shaded band.</summary>
    public static string Lines(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, ChartUnit unit, ChartBand? band = null) =>
        Lines(categories, series, unit, band, ConnectStyle.Straight);

    /// <summary>A step line: a value that holds until it changes, like the amount between recomputes.</summary>
    public static string Steps(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, ChartUnit unit) =>
        Lines(categories, series, unit, null, ConnectStyle.StepHorizontal);

    private static string Lines(
        IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, ChartUnit unit, ChartBand? band, ConnectStyle connect)
    {
        var plot = NewPlot(unit);
        var palette = new ScottPlot.Palettes.Category10();
        var legend = new List<(string, Color)>();
        if (band is not null && band.Low.Count > 0)
        {
            var xs = Enumerable.Range(categories.Count - band.Low.Count, band.Low.Count).Select(i => (double)i).ToArray();
            var fill = plot.Add.FillY(xs, band.Low.ToArray(), band.High.ToArray());
            var color = palette.GetColor(series.Count).WithAlpha(0.25);
            fill.FillColor = color;
            fill.LineWidth = 0;
            legend.Add((band.Name, color));
        }

        for (var s = 0; s < series.Count; s++)
        {
            // A series may end early (this year so far) or start late (a forecast): its values fill the last categories.
            var values = series[s].Values.ToArray();
            var xs = Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray();
            var line = plot.Add.Scatter(xs, values, palette.GetColor(s));
            line.ConnectStyle = connect;
            line.LineWidth = 2.5f;
            line.MarkerSize = categories.Count > 30 ? 0 : 5;
            legend.Add((series[s].Name, palette.GetColor(s)));
        }

        Legend(plot, legend);
        CategoryTicks(plot, categories);
        return Svg(plot);
    }

    private static Plot NewPlot(ChartUnit unit)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        // Counts are whole: a tick at 1.5 would read "2" (or a second "1").
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => Label(v, unit), IntegerTicksOnly = unit == ChartUnit.Count,
        };
        return plot;
    }

    private static string Label(double value, ChartUnit unit) => unit switch
    {
        ChartUnit.Euros => "€ " + value.ToString("N0", Staff.StaffWords.Dutch),
        ChartUnit.Percent => value.ToString("0.#", Staff.StaffWords.Dutch) + "%",
        _ => value.ToString("N0", Staff.StaffWords.Dutch),
    };

    private static void Legend(Plot plot, IEnumerable<(string Name, Color Color)> items)
    {
        foreach (var (name, color) in items)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = color });
        }

        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>At most about twelve labels along the axis; the table has them all.</summary>
    private static void CategoryTicks(Plot plot, IReadOnlyList<string> categories)
    {
        var every = Math.Max(1, (int)Math.Ceiling(categories.Count / 12.0));
        var ticks = Enumerable.Range(0, categories.Count).Where(i => i % every == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(), ticks.Select(i => categories[i]).ToArray());
    }

    /// <summary>Scales with its column (a view box instead of a fixed size) and leaves out the XML declaration HTML has no use for.</summary>
    private static string Svg(Plot plot)
    {
        var svg = plot.GetSvgXml(Width, Height);
        svg = XmlDeclaration().Replace(svg, "");
        return SvgSize().Replace(svg, $"viewBox=\"0 0 {Width.ToString(CultureInfo.InvariantCulture)} {Height.ToString(CultureInfo.InvariantCulture)}\" focusable=\"false\" aria-hidden=\"true\"", 1).Trim();
    }

    [GeneratedRegex(@"^<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("width=\"\\d+\" height=\"\\d+\"")]
    private static partial Regex SvgSize();
}
