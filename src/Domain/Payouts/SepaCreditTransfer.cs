using System.Globalization;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace Waardering.Domain.Payouts;

/// <summary>The paying municipality: its name, IBAN and bank's BIC.</summary>
public sealed record SepaDebtor(string Name, Iban Iban, string Bic);

public sealed record SepaBatch(string MessageId, Instant CreatedAt, LocalDate ExecutionDate, SepaDebtor Debtor, int Count, long TotalCents);

public sealed record SepaTransaction(string EndToEndId, long AmountCents, string CreditorName, Iban CreditorIban, string Remittance);

/// <summary>
/// Writes a SEPA credit transfer initiation, ISO 20022 pain.001.001.03, as the bank expects it:
/// one payment information block, one transaction per payment. Written as a stream, so a batch
/// of 100,000 payments never sits in memory. Count and control sum come from the batch and are
/// checked against what was written.
/// </summary>
public static class SepaCreditTransfer
{
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    public static async Task WriteAsync(Stream output, SepaBatch batch, IAsyncEnumerable<SepaTransaction> transactions,
        CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "Document", Namespace);
        await xml.WriteStartElementAsync(null, "CstmrCdtTrfInitn", Namespace);
        await WriteHeaderAsync(xml, batch);

        await xml.WriteStartElementAsync(null, "PmtInf", Namespace);
        await Element(xml, "PmtInfId", batch.MessageId);
        await Element(xml, "PmtMtd", "TRF");
        await Element(xml, "NbOfTxs", batch.Count.ToString(CultureInfo.InvariantCulture));
        await Element(xml, "CtrlSum", Euros(batch.TotalCents));
        await xml.WriteStartElementAsync(null, "PmtTpInf", Namespace);
        await xml.WriteStartElementAsync(null, "SvcLvl", Namespace);
        await Element(xml, "Cd", "SEPA");
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await Element(xml, "ReqdExctnDt", LocalDatePattern.Iso.Format(batch.ExecutionDate));
        await Party(xml, "Dbtr", batch.Debtor.Name);
        await Account(xml, "DbtrAcct", batch.Debtor.Iban);
        await xml.WriteStartElementAsync(null, "DbtrAgt", Namespace);
        await xml.WriteStartElementAsync(null, "FinInstnId", Namespace);
        await Element(xml, "BIC", batch.Debtor.Bic);
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await Element(xml, "ChrgBr", "SLEV");

        var (count, total) = (0, 0L);
        await foreach (var transaction in transactions.WithCancellation(cancellationToken))
        {
            await WriteTransactionAsync(xml, transaction);
            (count, total) = (count + 1, total + transaction.AmountCents);
        }

        if (count != batch.Count || total != batch.TotalCents)
        {
            throw new InvalidOperationException($"The batch holds {batch.Count} payments of {batch.TotalCents} cents, but {count} of {total} were written.");
        }

        await xml.WriteEndDocumentAsync();
    }

    private static async Task WriteHeaderAsync(XmlWriter xml, SepaBatch batch)
    {
        await xml.WriteStartElementAsync(null, "GrpHdr", Namespace);
        await Element(xml, "MsgId", batch.MessageId);
        await Element(xml, "CreDtTm", InstantPattern.General.Format(batch.CreatedAt).TrimEnd('Z'));
        await Element(xml, "NbOfTxs", batch.Count.ToString(CultureInfo.InvariantCulture));
        await Element(xml, "CtrlSum", Euros(batch.TotalCents));
        await Party(xml, "InitgPty", batch.Debtor.Name);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteTransactionAsync(XmlWriter xml, SepaTransaction t)
    {
        await xml.WriteStartElementAsync(null, "CdtTrfTxInf", Namespace);
        await xml.WriteStartElementAsync(null, "PmtId", Namespace);
        await Element(xml, "EndToEndId", t.EndToEndId);
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "Amt", Namespace);
        await xml.WriteStartElementAsync(null, "InstdAmt", Namespace);
        await xml.WriteAttributeStringAsync(null, "Ccy", null, "EUR");
        await xml.WriteStringAsync(Euros(t.AmountCents));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await Party(xml, "Cdtr", t.CreditorName);
        await Account(xml, "CdtrAcct", t.CreditorIban);
        await xml.WriteStartElementAsync(null, "RmtInf", Namespace);
        await Element(xml, "Ustrd", SepaText.Clean(t.Remittance, 140));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    private static async Task Party(XmlWriter xml, string name, string partyName)
    {
        await xml.WriteStartElementAsync(null, name, Namespace);
        await Element(xml, "Nm", SepaText.Name(partyName, 70));
        await xml.WriteEndElementAsync();
    }

    private static async Task Account(XmlWriter xml, string name, Iban iban)
    {
        await xml.WriteStartElementAsync(null, name, Namespace);
        await xml.WriteStartElementAsync(null, "Id", Namespace);
        await Element(xml, "IBAN", iban.Value);
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    private static Task Element(XmlWriter xml, string name, string value) => xml.WriteElementStringAsync(null, name, Namespace, value);

    private static string Euros(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
