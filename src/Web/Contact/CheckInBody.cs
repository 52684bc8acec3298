using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using Waardering.Data.Contact;
using Waardering.Domain.Contact;
using Waardering.Web.Texts;
using Wish = Waardering.Domain.Contact.ContactWish;
using WordCodes = Waardering.Domain.Vocabulary.Codes;

namespace Waardering.Web.Contact;

/// <summary>An answer to the check-in, from the page's form or as JSON. <c>token</c> only through the caregiver's link.</summary>
public sealed record CheckInBody(
    string? Token = null,
    int? Wellbeing = null,
    string[]? Signals = null,
    string? ContactWish = null,
    string? ContactWhen = null,
    string? Phone = null,
    bool? KeepInformed = null,
    string? Remarks = null,
    string[]? TargetGroups = null,
    string? Background = null)
{
    public static CheckInBody FromForm(IFormCollection form)
    {
        static string? One(StringValues v) => StringValues.IsNullOrEmpty(v) ? null : v.ToString();
        return new CheckInBody(
            One(form["token"]),
            int.TryParse(form["wellbeing"], out var w) ? w : null,
            form["signals"].Where(s => s is not null).ToArray()!,
            One(form["contactWish"]),
            One(form["contactWhen"]),
            One(form["phone"]),
            bool.TryParse(form["keepInformed"], out var k) ? k : null,
            One(form["remarks"]),
            form["targetGroups"].Where(s => s is not null).ToArray()!,
            One(form["background"]));
    }
}

public static partial class CheckInValidation
{
    public const int MaxRemarks = 2000;
    public const int MaxContactWhen = 200;

    public static CheckInAnswer? Validate(CheckInBody body, FieldErrors errors)
    {
        if (body.Wellbeing is not (>= CheckInQuestions.WorstWellbeing and <= CheckInQuestions.BestWellbeing))
        {
            errors.Add("wellbeing", CitizenWords.Of("check-in.wellbeingRequired"));
        }

        var signals = Codes(body.Signals, CheckInQuestions.Signals, "signals", errors);
        var groups = Groups(body.TargetGroups, errors);
        Background? background = null;
        if (body.Background is not null)
        {
            if (WordCodes.TryParse<Background>(body.Background, out var answered))
            {
                background = answered;
            }
            else
            {
                errors.Add("background", CitizenWords.Of("check-in.backgroundUnknown"));
            }
        }

        if (!WordCodes.TryParse<Wish>(body.ContactWish, out var wish))
        {
            errors.Add("contactWish", CitizenWords.Of("check-in.contactWishRequired"));
        }

        var phone = Trimmed(body.Phone);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add("phone", CitizenWords.Of("check-in.phoneDigits"));
        }
        else if (wish == Wish.Phone && phone is null)
        {
            errors.Add("phone", CitizenWords.Of("check-in.phoneRequired"));
        }

        if (body.KeepInformed is null)
        {
            errors.Add("keepInformed", CitizenWords.Of("check-in.keepInformedRequired"));
        }

        if (body.ContactWhen is { Length: > MaxContactWhen })
        {
            errors.Add("contactWhen", CitizenWords.Of("check-in.tooLong", MaxContactWhen));
        }

        if (body.Remarks is { Length: > MaxRemarks })
        {
            errors.Add("remarks", CitizenWords.Of("check-in.tooLong", MaxRemarks));
        }

        return errors.Any
            ? null
            : new CheckInAnswer(body.Wellbeing!.Value, signals, wish, Trimmed(body.ContactWhen), phone,
                body.KeepInformed!.Value, Trimmed(body.Remarks), groups, background);
    }

    private static string[] Codes(string[]? given, IReadOnlyList<string> known, string field, FieldErrors errors)
    {
        var codes = (given ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (codes.Length > known.Count || codes.Any(c => !known.Contains(c)))
        {
            errors.Add(field, CitizenWords.Of("check-in.chooseFrom", string.Join(", ", known)));
        }

        return codes;
    }

    /// <summary>The groups a caregiver may tick; a background is its own question, not a group to tick.</summary>
    private static TargetGroup[] Groups(string[]? given, FieldErrors errors)
    {
        var codes = (given ?? []).Distinct(StringComparer.Ordinal).ToArray();
        var groups = codes.Select(c => WordCodes.TryParse<TargetGroup>(c, out var g) && TargetGroups.Asked.Contains(g) ? g : (TargetGroup?)null).ToArray();
        if (groups.Any(g => g is null))
        {
            errors.Add("targetGroups", CitizenWords.Of("check-in.chooseFrom", string.Join(", ", TargetGroups.Asked.Select(g => WordCodes.Code(g)))));
        }

        return groups.OfType<TargetGroup>().ToArray();
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{5,18}[0-9]$")]
    private static partial Regex PhonePattern();
}
