using NodaTime.Text;
using Waardering.Data.Requests;

namespace Waardering.Web.Requests;

/// <summary>
/// The work list's deadline view: <c>dueBefore=yyyy-MM-dd</c> keeps the undecided requests whose
/// deadline falls before that day; <c>sort=deadline</c> lists the nearest deadline first,
/// <c>sort=submitted</c> (the default) the oldest request first.
/// </summary>
public static class QueueOrder
{
    public static readonly string[] Sorts = ["submitted", "deadline"];

    public static QueueFilter Check(string? dueBefore, string? sort, FieldErrors errors)
    {
        NodaTime.LocalDate? due = null;
        if (dueBefore is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(dueBefore);
            if (parsed.Success)
            {
                due = parsed.Value;
            }
            else
            {
                errors.Add("dueBefore", "Geef een datum als jjjj-mm-dd, zoals 2026-12-01.");
            }
        }

        if (sort is not null && !Sorts.Contains(sort))
        {
            errors.Add("sort", $"Kies uit: {string.Join(", ", Sorts)}.");
        }

        return new QueueFilter(DueBefore: due, Sort: sort == "deadline" ? QueueSort.Deadline : QueueSort.Submitted);
    }
}
