using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain.Schemes;
using Waardering.Web.Texts;

namespace Waardering.Web.Requests;

/// <summary>
/// The caregivers' fields that a scheme makes required (400 when missing, like any required
/// field): the care declaration where the scheme asks for it, and the IBAN unless a young
/// caregiver may be paid by voucher without one. Checked on the body as sent, so the errors come
/// together with the other fields' errors.
/// </summary>
public static class CaregiverRequirements
{
    public static void Check(SchemeRecord scheme, IReadOnlyList<CaregiverBody?>? bodies, LocalDate today, FieldErrors errors)
    {
        for (var i = 0; i < (bodies?.Count ?? 0); i++)
        {
            if (bodies![i] is { } body)
            {
                One(scheme, body, $"caregivers[{i}].", today, errors);
                Declaration(scheme, body, $"caregivers[{i}].",
                    CitizenWords.Of("validation.careDeclared", i + 1), errors);
            }
        }
    }

    /// <summary>The IBAN and the care declaration of a caregiver an officer adds later (no prefix).</summary>
    public static void Added(SchemeRecord scheme, CaregiverBody body, LocalDate today, FieldErrors errors)
    {
        One(scheme, body, "", today, errors);
        Declaration(scheme, body, "", CitizenWords.Of("validation.careDeclaredAdded"), errors);
    }

    /// <summary>The IBAN, unless a young caregiver may go without.</summary>
    public static void One(SchemeRecord scheme, CaregiverBody body, string prefix, LocalDate today, FieldErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(body.Iban))
        {
            return;
        }

        var mayGoWithout = body.BirthDate is { } birthDate && scheme.YoungCaregivers.MayGoWithoutIban(birthDate, today);
        if (!mayGoWithout)
        {
            errors.Add(prefix + "iban", scheme.YoungCaregivers.VoucherWithoutIban
                ? CitizenWords.Of("validation.ibanOrVoucher", YoungCaregiverRule.UnderAge)
                : CitizenWords.Of("validation.ibanRequired"));
        }
    }

    /// <summary>The care relation as the plan defines it (002:300): at least three months, or more than eight hours a week.</summary>
    private static void Declaration(SchemeRecord scheme, CaregiverBody body, string prefix, string message, FieldErrors errors)
    {
        if (scheme.CareDeclarationRequired && body.CareDeclared != true)
        {
            errors.Add(prefix + "careDeclared", message);
        }
    }
}
