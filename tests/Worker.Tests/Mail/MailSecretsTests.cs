using System.Reflection;
using System.Text.RegularExpressions;
using Waardering.Data.Mail;

namespace Waardering.Worker.Tests.Mail;

/// <summary>
/// Every link or code in a mail model is marked <see cref="MailSecretAttribute"/>, so the outbox
/// blanks it once the mail is sent: a new model or field cannot be forgotten.
/// </summary>
public sealed partial class MailSecretsTests
{
    [Fact]
    public void EveryLinkOrCodeInAMailModel_IsMarkedSecret()
    {
        var models = MailSecrets.ModelTypes().ToList();
        var unmarked = models
            .SelectMany(type => type.GetProperties().Select(p => (Type: type, Property: p)))
            .Where(x => LooksSecret(x.Property.Name) && !x.Property.IsDefined(typeof(MailSecretAttribute)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .Except(NotSecret)
            .ToList();

        Assert.NotEmpty(models);
        Assert.Empty(unmarked);
        Assert.All(models, type => Assert.NotEmpty(MailSecrets.TemplateOf(type)));
        Assert.Contains(("voucher", "code"), MailSecrets.Keys);
        Assert.Contains(("check-in", "checkInUrl"), MailSecrets.Keys);
    }

    [Fact]
    public void TheMigrationForMailsSentBefore_BlanksOnlySecrets()
    {
        var assembly = typeof(IMailModel).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("0016_sent_mail_secrets.sql", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var sql = new StreamReader(stream).ReadToEnd();

        var blanked = Blanking().Matches(sql)
            .SelectMany(m => Quoted().Matches(m.Groups["keys"].Value).Select(k => (m.Groups["template"].Value, k.Groups[1].Value)))
            .Order()
            .ToList();

        // Every value the migration blanks is still a secret; a template or field added later needs
        // no entry, as no mail of it was sent before the Worker blanked them.
        Assert.Equal(["check-in", "co-sign", "decision", "payment", "request-received", "voucher"], blanked.Select(b => b.Item1).Distinct());
        Assert.All(blanked, pair => Assert.Contains(pair, MailSecrets.Keys));
    }

    /// <summary>Fields whose name looks secret but whose value opens nothing: a word of the domain, not a voucher; the public form's address.</summary>
    private static readonly string[] NotSecret = ["ReferralMail.ContactWishCode", "InvitationMail.ApplyUrl"];

    /// <summary>A link (it may carry a token), a code, a token or a secret by its name.</summary>
    private static bool LooksSecret(string name) =>
        name.EndsWith("Url", StringComparison.Ordinal) || name.EndsWith("Link", StringComparison.Ordinal)
        || name.EndsWith("Code", StringComparison.Ordinal)
        || name.Contains("Token", StringComparison.Ordinal) || name.Contains("Secret", StringComparison.Ordinal);

    [GeneratedRegex(@"jsonb_build_object\((?<keys>[^)]*)\)\s*where status in \('sent', 'cancelled'\) and template = '(?<template>[^']+)'")]
    private static partial Regex Blanking();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();
}
