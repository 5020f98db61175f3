namespace Billing
{
    public sealed class Invoice
    {
        public Invoice(string number, DateTime issued, decimal amount)
        {
        }
}
        public string FormatAmount(CultureInfo culture)
        {
        }
    }
    public static class InvoicePrinter
    {
        public static string Header(Invoice invoice, CultureInfo culture)
        {
        }
    }

