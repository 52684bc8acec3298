using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain.Schemes;

namespace Waardering.Web.Requests;

/// <summary>The scheme's own rules for a well-formed request (422 when broken), as field errors.</summary>
public static class SchemeRules
{
    public static void Check(SchemeRecord scheme, ValidatedRequest request, LocalDate today, FieldErrors errors)
    {
        var application = new ApplicationFacts(request.SubmittedBy, request.Recipient.BirthDate, request.Recipient.Postcode,
            request.Caregivers.Select(c => c.BirthDate).ToList());
        foreach (var breach in Eligibility.Check(scheme.Terms(), application, today))
        {
            errors.Add(breach.Field, breach.Message);
        }
    }
}
