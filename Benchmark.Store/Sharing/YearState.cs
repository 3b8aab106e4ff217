namespace Benchmark.Store.Sharing;

/// <summary>Where a benchmark year stands.</summary>
public enum YearState
{
    /// <summary>Not opened by the coordinator (its figures, if any, are unpublished).</summary>
    NotOpened,

    /// <summary>Open for deliveries; its figures are seen only by the delivering municipality and the coordinator.</summary>
    Open,

    /// <summary>Published: every signed-in member (and researchers' API) sees its figures, under the anonymity rule.</summary>
    Published,
}
