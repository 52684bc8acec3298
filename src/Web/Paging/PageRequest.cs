namespace Waardering.Web.Paging;

/// <summary>
/// The page a list asks for (<c>?page=&amp;pageSize=</c>): the first page is 1; 50 rows unless
/// asked otherwise; at most 200, so that one call cannot read a whole season of personal data.
/// </summary>
public readonly record struct PageRequest(int Page, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>The page asked for, or an error per field that is out of range.</summary>
    public static PageRequest Check(int? page, int? pageSize, FieldErrors errors)
    {
        if (page is < 1)
        {
            errors.Add("page", "De eerste pagina is 1.");
        }

        if (pageSize is < 1 or > MaxSize)
        {
            errors.Add("pageSize", $"Een pagina heeft 1 tot {MaxSize} aanvragen.");
        }

        return new PageRequest(page ?? 1, pageSize ?? DefaultSize);
    }
}
