namespace Waardering.Web.Paging;

/// <summary>
/// The page a list asks for (<c>?page=&amp;pageSize=</c>): the first page is 1; 50 rows unless
/// asked otherwise; at most 200, so that one call cannot read a whole season of personal data.
/// The rows skipped, (page − 1) × size, must fit in an int: a page beyond that is a typing error,
/// not a reason to fail.
/// </summary>
public readonly record struct PageRequest(int Page, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>The page asked for, or an error per field that is out of range.</summary>
    public static PageRequest Check(int? page, int? pageSize, FieldErrors errors)
    {
        var size = pageSize ?? DefaultSize;
        if (page is < 1)
        {
            errors.Add("page", "De eerste pagina is 1.");
        }
        else if (size is >= 1 and <= MaxSize && page - 1 > int.MaxValue / size)
        {
            errors.Add("page", $"Zo veel pagina's zijn er niet: hoogstens {int.MaxValue / size + 1}.");
        }

        if (pageSize is < 1 or > MaxSize)
        {
            errors.Add("pageSize", $"Een pagina heeft 1 tot {MaxSize} aanvragen.");
        }

        return new PageRequest(page ?? 1, size);
    }
}
