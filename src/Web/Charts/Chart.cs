namespace Waardering.Web.Charts;

/// <summary>One named series of a chart: a value per category, in the order of the categories.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// A cell of a chart's table: the text people read on the page (<c>€ 200.000</c>) and, for a
/// number, the plain value a spreadsheet reads from the CSV (<c>200000.00</c>, written with
/// <see cref="Format"/>). A number is written as a number, so a shortfall of −45,000 stays a
/// number in the spreadsheet instead of text escaped against formula injection.
/// </summary>
public sealed record ChartCell(string Text, decimal? Value = null, string Format = "0")
{
    public static implicit operator ChartCell(string text) => new(text);

    /// <summary>What the CSV holds: the number in the invariant culture, or the text.</summary>
    public string Csv => Value is { } value ? value.ToString(Format, System.Globalization.CultureInfo.InvariantCulture) : Text;

    public static ChartCell Euros(long cents) => new(Staff.StaffWords.Euros(cents), cents / 100m, "0.00");

    public static ChartCell Number(long value) => new(value.ToString("N0", Staff.StaffWords.Dutch), value);

    public static ChartCell Percent(decimal value) => new(value.ToString("0.0", Staff.StaffWords.Dutch) + "%", value, "0.0");
}

/// <summary>The numbers a chart draws, as a table: shown under the chart and downloaded as CSV.</summary>
public sealed record ChartTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ChartCell>> Rows);

/// <summary>
/// A chart of the dashboard: a title, a text alternative that says what it shows in words, the
/// table of its numbers and the drawing. The drawing is only a picture of the table: a screen
/// reader reads the table, a spreadsheet the CSV.
/// </summary>
/// <param name="Id">Unique within its panel; names the CSV (<c>{panel}/{id}.csv</c>).</param>
/// <param name="Svg">The drawing (<see cref="ChartSvg"/>); empty when there is nothing to draw yet, and the description says so.</param>
public sealed record Chart(string Id, string Title, string Description, ChartTable Table, string Svg);
