using System.Collections.Frozen;

namespace Waardering.Domain.Vocabulary;

/// <summary>
/// Every word of the domain (a status, a mode, a channel) is an enum, defined once. Outside the
/// code it is written as its name in camelCase, as the API, the database's CHECK constraints and
/// the templates spell it: <c>RequestStatus.AwaitingCoSignature</c> is <c>"awaitingCoSignature"</c>.
/// Parsing is exact: a code that differs in case is not a code.
/// </summary>
public static class Codes
{
    public static string Code<T>(this T value) where T : struct, Enum =>
        Table<T>.ToCode.TryGetValue(value, out var code)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum =>
        Table<T>.FromCode.TryGetValue(code ?? "", out value);

    public static T Parse<T>(string code) where T : struct, Enum =>
        TryParse<T>(code, out var value) ? value : throw new FormatException($"\"{code}\" is not a {typeof(T).Name}.");

    /// <summary>Every code of the type, in declaration order: for CHECK constraints, filters and validation messages.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Table<T>.AllCodes;

    /// <summary>Codes of several values, as a SQL parameter (<c>status = any(@statuses)</c>).</summary>
    public static string[] CodesOf<T>(this IEnumerable<T> values) where T : struct, Enum => values.Select(v => v.Code()).ToArray();

    private static class Table<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToCode =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => CamelCase(v.ToString()));

        public static readonly FrozenDictionary<string, T> FromCode =
            ToCode.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly string[] AllCodes = Enum.GetValues<T>().Select(v => ToCode[v]).ToArray();

        private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    }
}
