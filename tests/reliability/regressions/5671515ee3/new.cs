namespace Billing
{
    public sealed class Invoice
    {
        public Invoice(string number, DateTime issued, decimal amount)
        {
        }
    }
    public static class InvoicePrinter
    {
        public static string Header(Invoice invoice, CultureInfo culture)
        {
        }
        public static string FormatAmount(Invoice invoice, CultureInfo culture)
        {
        }
    }
}
