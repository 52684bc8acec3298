using System.Reflection;
using System.Text.Json;

namespace Waardering.Data.Mail;

/// <summary>
/// The values each template's model marks <see cref="MailSecretAttribute"/>, under the keys the
/// outbox stores them by. Once a mail is sent its copy in the outbox no longer needs them, and a
/// copy of the database (a backup, a support dump) must not open anyone's request or voucher.
/// </summary>
public static class MailSecrets
{
    /// <summary>Every model's template with each of its secret keys, found once in this assembly.</summary>
    public static readonly IReadOnlyList<(string Template, string Key)> Keys = Find();

    /// <summary>The same pairs as two arrays, for SQL's <c>unnest</c>; declared after <see cref="Keys"/>, so set after it.</summary>
    public static readonly string[] Templates = Keys.Select(k => k.Template).ToArray();

    public static readonly string[] JsonKeys = Keys.Select(k => k.Key).ToArray();

    /// <summary>
    /// An <c>outbox_mails</c> row's model with its secrets set to null, for an update's <c>set model = …</c>,
    /// with <see cref="Templates"/> as <c>@secretTemplates</c> and <see cref="JsonKeys"/> as <c>@secretKeys</c>.
    /// </summary>
    public const string BlankedModel = """
        model || coalesce((
            select jsonb_object_agg(s.key, null) from unnest(@secretTemplates, @secretKeys) as s(template, key)
            where s.template = outbox_mails.template), '{}'::jsonb)
        """;

    /// <summary><see cref="BlankedModel"/> for a row of another table with a <c>template</c> and a <c>model</c>: the letter outbox.</summary>
    public static string BlankedModelIn(string table) => BlankedModel.Replace("outbox_mails.", table + ".", StringComparison.Ordinal);

    /// <summary>The model types, each with its <c>Template</c> constant.</summary>
    public static IEnumerable<Type> ModelTypes() =>
        typeof(IMailModel).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMailModel).IsAssignableFrom(t));

    public static string TemplateOf(Type model) =>
        model.GetField("Template", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
        ?? throw new InvalidOperationException($"{model.Name} has no Template constant.");

    private static List<(string, string)> Find() =>
        ModelTypes()
            .SelectMany(type => type.GetProperties()
                .Where(p => p.IsDefined(typeof(MailSecretAttribute)))
                .Select(p => (TemplateOf(type), JsonNamingPolicy.CamelCase.ConvertName(p.Name))))
            .OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .ToList();
}
