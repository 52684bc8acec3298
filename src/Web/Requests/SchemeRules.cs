using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain.Schemes;

namespace Waardering.Web.Requests;

/// <summary>The scheme's own rules for a well-formed request (422 when broken), as field errors in the request's language.</summary>
public static class SchemeRules
{
    public static void Check(SchemeRecord scheme, ValidatedRequest request, LocalDate today, FieldErrors errors)
    {
        var application = new ApplicationFacts(request.SubmittedBy, request.Recipient.BirthDate, request.Recipient.Postcode,
            request.Caregivers.Select(c => c.BirthDate).ToList());
        var terms = scheme.Terms();
        foreach (var breach in Eligibility.Check(terms, application, today))
        {
            errors.Add(breach.Field, SchemeRuleWords.Of(breach, terms));
        }
    }
}
