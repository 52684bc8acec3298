namespace Waardering.Domain.Requests;

/// <summary>Who submitted a request (requests.submitted_by).</summary>
public enum Applicant
{
    /// <summary>The recipient (zorgvrager), for his or her caregivers.</summary>
    Recipient,

    /// <summary>A caregiver (mantelzorger), listed first among the request's caregivers.</summary>
    Caregiver,
}
