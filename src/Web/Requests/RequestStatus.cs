namespace Waardering.Web.Requests;

public static class RequestStatus
{
    /// <summary>Stored and waiting for an officer.</summary>
    public const string Received = "received";

    /// <summary>A caregiver applied and the scheme asks the recipient to confirm first.</summary>
    public const string AwaitingCoSignature = "awaitingCoSignature";
}
