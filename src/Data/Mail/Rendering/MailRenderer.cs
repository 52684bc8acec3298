using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Waardering.Data.Mail.Rendering;

public sealed record RenderedMail(string Subject, string Html, string Text);

/// <summary>Thrown when a template is missing, does not parse or fails to render: retrying will not help.</summary>
public sealed class MailTemplateException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Where the mail templates are: the defaults (<c>{TemplatesPath}/{language}/{name}.{subject|html|txt}.scriban</c>)
/// and, optionally, each municipality's own (<c>{OverridesPath}/{GM0402}/{language}/…</c>).
/// </summary>
public sealed record MailTemplatePaths(string TemplatesPath, string? OverridesPath = null)
{
    public static readonly string DefaultTemplatesPath = Path.Combine(AppContext.BaseDirectory, "templates", "mail");
}

/// <summary>
/// Renders a mail from its three Scriban templates. A municipality's own template wins over the
/// default; a language without templates falls back to Dutch. Templates run with limits, and
/// include only the shared parts of the mail templates (<see cref="SharedPartLoader"/>), so a
/// template edited by a municipality cannot hang or read other files. The Worker renders what it
/// sends with it, and the back office what an officer's decision will send, so both are the same mail.
/// </summary>
public sealed class MailRenderer(MailTemplatePaths paths)
{
    private const string DefaultLanguage = "nl";
    private readonly ConcurrentDictionary<string, Template> _parsed = new();

    /// <summary>
    /// Which file a template is, by file, language and municipality: found once, like a template is
    /// parsed once (templates/mail/README.md: a changed or added template needs a restart).
    /// </summary>
    private readonly ConcurrentDictionary<(string File, string Language, string? Municipality), string> _found = new();

    public RenderedMail Render(string name, string language, string? municipalityCode, string modelJson)
    {
        // Subject and text take the same values; the HTML part its own, encoded.
        var plain = TemplateModel.From(modelJson, htmlEncode: false);
        var subject = Render(name, "subject", language, municipalityCode, plain);
        return new RenderedMail(
            // A header line: a line break in the subject would start a new header.
            subject.ReplaceLineEndings(" ").Trim(),
            Render(name, "html", language, municipalityCode, TemplateModel.From(modelJson, htmlEncode: true)),
            Render(name, "txt", language, municipalityCode, plain));
    }

    /// <summary>
    /// A template of one part, <c>{name}.scriban</c>, as the letters have (templates/letters): the same
    /// model, limits, overrides and fallback to Dutch as a mail; its shared parts are <c>_{part}.scriban</c>.
    /// </summary>
    public string RenderSingle(string name, string language, string? municipalityCode, string modelJson) =>
        Render(Find($"{name}.scriban", language, municipalityCode), TemplateModel.From(modelJson, htmlEncode: false),
            new SharedPartLoader(partName => Find($"{SharedPartLoader.FilePrefix}{partName}.scriban", language, municipalityCode), Parsed));

    private string Render(string name, string part, string language, string? municipalityCode, ScriptObject model) =>
        Render(Find($"{name}.{part}.scriban", language, municipalityCode), model,
            new SharedPartLoader(partName => Find($"{SharedPartLoader.FilePrefix}{partName}.{part}.scriban", language, municipalityCode), Parsed));

    private string Find(string file, string language, string? municipalityCode) =>
        _found.GetOrAdd((file, language, municipalityCode), key => Look(key.File, key.Language, key.Municipality));

    private string Look(string file, string language, string? municipalityCode)
    {
        var candidates = new List<string>();
        foreach (var lang in language == DefaultLanguage ? [language] : new[] { language, DefaultLanguage })
        {
            if (paths.OverridesPath is { Length: > 0 } overrides && municipalityCode is not null)
            {
                candidates.Add(Path.Combine(overrides, municipalityCode, lang, file));
            }

            candidates.Add(Path.Combine(paths.TemplatesPath, lang, file));
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new MailTemplateException($"No template {file} for language {language}.");
    }

    private Template Parsed(string path) => _parsed.GetOrAdd(path, p => Template.Parse(File.ReadAllText(p), p));

    private static string Render(string path, ScriptObject model, SharedPartLoader parts)
    {
        var template = parts.Parse(path);
        if (template.HasErrors)
        {
            throw new MailTemplateException($"Template {path} does not parse: {string.Join("; ", template.Messages)}");
        }

        var context = new TemplateContext
        {
            LoopLimit = 1000,
            RecursiveLimit = 20,
            LimitToString = 100_000,
            // A variable the model lacks is a mistake in the template (or the model), not an empty text: it fails, and the mail with it.
            StrictVariables = true,
            TemplateLoader = parts,
        };
        context.PushGlobal(model);
        // What a template assigns stays in its own part: the subject and the text share the model.
        context.PushGlobal(new ScriptObject());
        try
        {
            return template.Render(context);
        }
        catch (Exception e) when (e is Scriban.Syntax.ScriptRuntimeException or InvalidOperationException)
        {
            throw new MailTemplateException($"Template {path} failed: {e.Message}", e);
        }
    }
}
