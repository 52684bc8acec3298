using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Waardering.Data.Mail.Rendering;

/// <summary>
/// Lets a mail template include a shared part, <c>{{ include "support" }}</c>, read from
/// <c>_support.html.scriban</c> (or <c>.txt</c>) where the mail's own files are looked for: the
/// municipality's own, else the default, in the mail's language, else Dutch. A part's name is
/// lowercase letters and dashes, so nothing else can be read. Parsed parts are kept like templates.
/// </summary>
public sealed partial class SharedPartLoader(Func<string, string> find, Func<string, Template> parse) : ITemplateLoader
{
    public const string FilePrefix = "_";

    public Template Parse(string path) => parse(path);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!PartName().IsMatch(templateName))
        {
            throw new MailTemplateException($"\"{templateName}\" is not the name of a shared part of the mail templates.");
        }

        var path = find(templateName);
        // Scriban looks for an included template in the context's cache first: the one parse is shared by every mail.
        context.CachedTemplates[path] = Parse(path);
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex PartName();
}
