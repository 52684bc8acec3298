using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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
/// The methods run once per payment are compiled optimized at their first call
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>), as are the names' cleaning and the
/// IBAN's check they call: a file is written a few times a year, 100,000 payments in one go, and
/// with tiered compilation most of them ran through unoptimized code first (a fifth of a file's
/// time in a fresh process, bench/payouts.sh).
/// </summary>
public static class SepaCreditTransfer
{
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    /// <summary>
    /// The XML is written synchronously into a buffer and handed to the output whenever this much
    /// has gathered: an async XmlWriter awaits each element (about twenty per payment), which cost
    /// more than everything else in writing the file (bench/payouts.sh), and a web response takes
    /// no synchronous writes. 64 KiB bounds the memory whatever the batch's size.
    /// </summary>
    private const int FlushAt = 64 * 1024;

    public static async Task WriteAsync(Stream output, SepaBatch batch, IAsyncEnumerable<SepaTransaction> transactions,
        CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream(FlushAt * 2);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        using (var xml = XmlWriter.Create(buffer, settings))
        await using (var text = new StreamWriter(buffer, settings.Encoding, FlushAt, leaveOpen: true))
        {
            WriteStart(xml, batch);
            xml.Flush();
            var (count, total) = (0, 0L);
            await foreach (var transaction in transactions.WithCancellation(cancellationToken))
            {
                WriteTransaction(text, transaction);
                (count, total) = (count + 1, total + transaction.AmountCents);
                if (buffer.Length >= FlushAt)
                {
                    await HandOnAsync(buffer, output, cancellationToken);
                }
            }

            if (count != batch.Count || total != batch.TotalCents)
            {
                throw new InvalidOperationException($"The batch holds {batch.Count} payments of {batch.TotalCents} cents, but {count} of {total} were written.");
            }

            text.Flush();
            xml.WriteEndDocument();
            xml.Flush();
            await HandOnAsync(buffer, output, cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
    }

    private static async Task HandOnAsync(MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        buffer.SetLength(0);
    }

    private static void WriteStart(XmlWriter xml, SepaBatch batch)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("Document", Namespace);
        xml.WriteStartElement("CstmrCdtTrfInitn");
        WriteHeader(xml, batch);

        xml.WriteStartElement("PmtInf");
        Element(xml, "PmtInfId", batch.MessageId);
        Element(xml, "PmtMtd", "TRF");
        Element(xml, "NbOfTxs", batch.Count.ToString(CultureInfo.InvariantCulture));
        Element(xml, "CtrlSum", Euros(batch.TotalCents));
        xml.WriteStartElement("PmtTpInf");
        xml.WriteStartElement("SvcLvl");
        Element(xml, "Cd", "SEPA");
        xml.WriteEndElement();
        xml.WriteEndElement();
        Element(xml, "ReqdExctnDt", LocalDatePattern.Iso.Format(batch.ExecutionDate));
        Party(xml, "Dbtr", batch.Debtor.Name);
        Account(xml, "DbtrAcct", batch.Debtor.Iban);
        xml.WriteStartElement("DbtrAgt");
        xml.WriteStartElement("FinInstnId");
        Element(xml, "BIC", batch.Debtor.Bic);
        xml.WriteEndElement();
        xml.WriteEndElement();
        Element(xml, "ChrgBr", "SLEV");
    }

    private static void WriteHeader(XmlWriter xml, SepaBatch batch)
    {
        xml.WriteStartElement("GrpHdr");
        Element(xml, "MsgId", batch.MessageId);
        Element(xml, "CreDtTm", InstantPattern.General.Format(batch.CreatedAt).TrimEnd('Z'));
        Element(xml, "NbOfTxs", batch.Count.ToString(CultureInfo.InvariantCulture));
        Element(xml, "CtrlSum", Euros(batch.TotalCents));
        Party(xml, "InitgPty", batch.Debtor.Name);
        xml.WriteEndElement();
    }

    /// <summary>
    /// A transaction's text exactly as the indenting <see cref="XmlWriter"/> writes it (a test holds
    /// the bytes to it), written straight into the buffer while the writer waits between the payment
    /// information's header and its end: its twenty elements per payment were half of writing a file
    /// of 100,000, and a string per payment most of the rest (measured with bench/payouts.sh). The
    /// writer encodes into the buffer as it fills, so the buffer's length tells when to hand it on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteTransaction(StreamWriter text, SepaTransaction t)
    {
        Span<char> euros = stackalloc char[32];
        (t.AmountCents / 100m).TryFormat(euros, out var written, "0.00", CultureInfo.InvariantCulture);
        text.Write(TransactionParts[0]);
        text.Write(Escaped(t.EndToEndId));
        text.Write(TransactionParts[1]);
        text.Write(euros[..written]);
        text.Write(TransactionParts[2]);
        text.Write(Escaped(SepaText.Name(t.CreditorName, 70)));
        text.Write(TransactionParts[3]);
        text.Write(Escaped(t.CreditorIban.Value));
        text.Write(TransactionParts[4]);
        text.Write(Escaped(SepaText.Clean(t.Remittance, 140)));
        text.Write(TransactionParts[5]);
    }

    /// <summary>A transaction's lines with the writer's indentation, around its five values.</summary>
    private static readonly string[] TransactionParts = """

              <CdtTrfTxInf>
                <PmtId>
                  <EndToEndId>{0}</EndToEndId>
                </PmtId>
                <Amt>
                  <InstdAmt Ccy="EUR">{1}</InstdAmt>
                </Amt>
                <Cdtr>
                  <Nm>{2}</Nm>
                </Cdtr>
                <CdtrAcct>
                  <Id>
                    <IBAN>{3}</IBAN>
                  </Id>
                </CdtrAcct>
                <RmtInf>
                  <Ustrd>{4}</Ustrd>
                </RmtInf>
              </CdtTrfTxInf>
        """.ReplaceLineEndings(Environment.NewLine).Split(["{0}", "{1}", "{2}", "{3}", "{4}"], StringSplitOptions.None);

    /// <summary>Element text as the writer escapes it; what it refuses or would rewrite (control characters, surrogates) is refused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Escaped(string text)
    {
        if (text.AsSpan().ContainsAnyInRange('\0', '\u001F') || text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            throw new ArgumentException("A SEPA text holds a control character or a surrogate.", nameof(text));
        }

        return text.AsSpan().ContainsAny('&', '<', '>')
            ? text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            : text;
    }

    private static void Party(XmlWriter xml, string name, string partyName)
    {
        xml.WriteStartElement(name);
        Element(xml, "Nm", SepaText.Name(partyName, 70));
        xml.WriteEndElement();
    }

    private static void Account(XmlWriter xml, string name, Iban iban)
    {
        xml.WriteStartElement(name);
        xml.WriteStartElement("Id");
        Element(xml, "IBAN", iban.Value);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, value);

    private static string Euros(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
