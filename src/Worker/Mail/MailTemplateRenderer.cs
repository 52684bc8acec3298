using Microsoft.Extensions.Options;
using Waardering.Data.Mail.Rendering;

namespace Waardering.Worker.Mail;

/// <summary>The Worker's renderer: the shared <see cref="MailRenderer"/> on the templates its settings name.</summary>
public sealed class MailTemplateRenderer(IOptions<MailOptions> options)
{
    private readonly MailRenderer _renderer = new(new MailTemplatePaths(options.Value.TemplatesPath, options.Value.OverridesPath));

    public RenderedMail Render(string name, string language, string? municipalityCode, string modelJson) =>
        _renderer.Render(name, language, municipalityCode, modelJson);
}
