using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Web.Conversation;

/// <summary>
/// The learning-agenda form as posted: the learning municipality (the coordinator chooses; others act for their own),
/// the partner it learns from, the indicator, the action, the owner, the due date and the baseline year. Every field is
/// checked; every problem is in both languages. The baseline value is not typed: it comes from the store.
/// </summary>
internal sealed record AgendaInput(string? Learner, string? Partner, string? Indicator, string? Text, string? Owner, string? Due, string? BaselineYear)
{
    /// <summary>The longest action text accepted.</summary>
    public const int MaxText = 500;

    /// <summary>The longest owner accepted.</summary>
    public const int MaxOwner = 120;

    /// <summary>Checks every field.</summary>
    /// <param name="members">The circle's members (learner and partner must be two of them).</param>
    /// <param name="learner">The writer's own municipality, or <see langword="null"/> for the coordinator (then the form's learner counts).</param>
    /// <param name="indicators">The indicators to choose from.</param>
    /// <param name="years">The years the writer may see (the baseline year must be one).</param>
    /// <param name="today">Today's date: the due date may not lie before it.</param>
    /// <param name="result">The checked fields; meaningful only without problems.</param>
    public IReadOnlyList<LocalizedText> Check(
        IReadOnlyCollection<MunicipalityCode> members,
        MunicipalityCode? learner,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyCollection<int> years,
        DateOnly today,
        out (MunicipalityCode Learner, MunicipalityCode Partner, string Indicator, string Text, string Owner, DateOnly Due, int BaselineYear) result)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(years);
        var problems = new List<LocalizedText>();
        var who = learner ?? (MunicipalityCode.TryParse(Learner?.Trim(), out var l) && members.Contains(l) ? l : (MunicipalityCode?)null);
        if (who is null)
        {
            problems.Add(LocalizedText.Format("Gemeente: ‘{0}’ is geen lid van deze leerkring; kies de gemeente die de actie neemt.", "Municipality: ‘{0}’ is not a member of this circle; choose the municipality that takes the action.", ExplanationInput.Clip(Learner)));
        }

        var partnerOk = MunicipalityCode.TryParse(Partner?.Trim(), out var partner) && members.Contains(partner) && partner != who;
        if (!partnerOk)
        {
            problems.Add(LocalizedText.Format("Leert van: ‘{0}’ is geen ander lid van deze leerkring; kies de gemeente waarvan geleerd wordt.", "Learns from: ‘{0}’ is not another member of this circle; choose the municipality to learn from.", ExplanationInput.Clip(Partner)));
        }

        var indicator = indicators.FirstOrDefault(i => string.Equals(i.Code, Indicator?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            problems.Add(LocalizedText.Format("Indicator: ‘{0}’ is geen indicator van de benchmark; kies er een uit de lijst.", "Indicator: ‘{0}’ is not a benchmark indicator; choose one from the list.", ExplanationInput.Clip(Indicator)));
        }

        var text = Required(Text, MaxText, new("Actie", "Action"), new("wat er geleerd of gedaan wordt", "what is learned or done"), problems);
        var owner = Required(Owner, MaxOwner, new("Eigenaar", "Owner"), new("wie de actie trekt", "who leads the action"), problems);
        var dueOk = DateOnly.TryParseExact(Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) && due >= today && due <= today.AddYears(5);
        if (!dueOk)
        {
            problems.Add(LocalizedText.Format("Streefdatum: ‘{0}’ is geen datum (JJJJ-MM-DD) tussen vandaag en vijf jaar vooruit.", "Due date: ‘{0}’ is not a date (YYYY-MM-DD) between today and five years ahead.", ExplanationInput.Clip(Due)));
        }

        var yearOk = int.TryParse(BaselineYear?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && years.Contains(year);
        if (!yearOk)
        {
            problems.Add(LocalizedText.Format("Basisjaar: ‘{0}’ is geen jaar met cijfers die u mag zien; kies een van {1}.", "Baseline year: ‘{0}’ is not a year with figures you may see; choose one of {1}.", ExplanationInput.Clip(BaselineYear), string.Join(", ", years.Order())));
        }

        result = (who ?? default, partner, indicator?.Code ?? string.Empty, text, owner, due, year);
        return problems;
    }

    private static string Required(string? value, int max, LocalizedText field, LocalizedText what, List<LocalizedText> problems)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            problems.Add(LocalizedText.Format("{0}: vul in {1}.", "{0}: fill in {1}.", field, what));
        }
        else if (text.Length > max)
        {
            problems.Add(LocalizedText.Format("{0}: {1:N0} tekens is te lang; hooguit {2:N0}.", "{0}: {1:N0} characters is too long; at most {2:N0}.", field, text.Length, max));
        }
        else if (text.Any(c => char.IsControl(c)))
        {
            problems.Add(LocalizedText.Format("{0}: de tekst bevat stuurtekens; typ gewone tekst op één regel.", "{0}: the text contains control characters; type plain text on one line.", field));
        }

        return text;
    }
}
