using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Database;

/// <summary>
/// A domain word as a constant in a statement's text, for the few conditions a partial index
/// depends on: a prepared statement's generic plan cannot prove that <c>status = $1</c> implies
/// the index's predicate on a constant status (checked with explain), so those conditions keep
/// the literal, built from the enum. Codes are camelCase names, never input.
/// </summary>
public static class SqlCodes
{
    public static string Literal<T>(T value) where T : struct, Enum => $"'{value.Code()}'";

    /// <summary>A parenthesised list of literals, for <c>status in {list}</c>.</summary>
    public static string List<T>(IEnumerable<T> values) where T : struct, Enum => $"({string.Join(", ", values.Select(Literal))})";
}
