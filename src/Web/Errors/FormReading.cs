namespace Waardering.Web.Errors;

/// <summary>
/// Reads a posted form. A form the pages never send cannot be read: more than 1,024 fields or a
/// field name too long (ASP.NET's form limits), or a multipart body that ends before its closing
/// boundary. That is the sender's fault, answered 400 naming the body (see
/// <see cref="ExceptionToProblemHandler"/>), never a 500; a body over the size limit stays a 413.
/// </summary>
public static class FormReading
{
    public static async Task<IFormCollection> ReadFormOrRefuseAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            throw new InvalidDataException("The form's body cannot be read.", e);
        }
    }
}
