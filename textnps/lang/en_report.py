"""The English words of the report (``textnps.report``): labels, notes, the wave comparison's words.

Re-exported by :mod:`textnps.lang.en`, whose names they are (:class:`textnps.lang.LanguageData`).
"""

#: Words of the HTML/Excel report and its plots (``textnps.report``).
#: ``columns`` maps the tidy tables' column names to headers for people.
REPORT_LABELS = {
    "report_title": "NPS comment report",
    "all": "All",
    "responses": "responses",
    "comments": "comments",
    "generated": "Generated",
    "codebook": "Codebook",
    "small_sample_note": "Marked * : fewer than {min_n} responses, read with care.",
    "none": "None found.",
    "decimal": ".",
    "section_findings": "Key findings",
    "finding_complaint": "Top complaint among detractors: {theme} ({pct} %)",
    "finding_strength": "Top strength among promoters: {theme} ({pct} %)",
    "finding_impact": "Largest negative impact on NPS: {theme} ({impact} points)",
    "finding_emerging": "Rising: {theme} among {category} ({before} % → {recent} % in {period})",
    "section_summary": "NPS summary",
    "section_nps_over_time": "NPS over time",
    "section_top_complaints": "Top complaints (detractors)",
    "section_top_strengths": "Top strengths (promoters)",
    "section_passives": "What passives mention",
    "section_impact": "NPS impact per theme",
    "section_heatmap": "Themes by category",
    "section_trends": "Theme trends",
    "section_emerging": "Emerging themes",
    "section_segments": "By segment",
    "section_discovered": "Discovered themes and their two sides",
    "discovered_intro": (
        "Themes found in the comments no codebook theme covers. A reason praised by promoters and criticised by detractors is one topic with two sides: the two rows follow each other, framed together, and each names its other side."
    ),
    "section_method": "Method",
    "method_text": (
        "Intervals are 95 % intervals: Wilson for shares, Wald for NPS. Impact = NPS of all "
        "responses minus NPS of the responses that do not mention the theme. Trends compare the "
        "latest period with the ones before (two-proportion z-test). P-values are adjusted for "
        "testing many themes at once (Benjamini-Hochberg)."
    ),
    "plot_nps_over_time": "NPS over time (band: 95 % margin of error)",
    "plot_top_complaints": "Top complaints among detractors",
    "plot_top_strengths": "Top strengths among promoters",
    "plot_impact": "NPS impact per theme (points, 95 % interval)",
    "plot_heatmap": "Share of each category mentioning the theme (%)",
    "plot_trends": "Theme share over time among {category} (%)",
    "axis_share": "Share of responses (%)",
    "axis_nps": "NPS",
    "axis_impact": "NPS points",
    "axis_period": "Period",
    "section_fix_first": "Fix first",
    "fix_first_intro": (
        "Themes ranked by the NPS points their complaints cost: how much higher the NPS would be if the "
        "responses that mention the theme negatively scored like the others. Share: the detractors who "
        "complain about it. Trend: change of that share in the latest period(s), ↑/↓ when significant."
    ),
    "section_praise": "Strengths to keep",
    "praise_intro": (
        "Themes ranked by the NPS points their praise adds: how much lower the NPS would be without the "
        "responses that mention the theme positively. Share: the promoters who praise it."
    ),
    "finding_fix_first": (
        "Fix first: {theme}, whose complaints cost {points} NPS points ({pct} % of detractors)"
    ),
    "finding_praise": "Strongest praise: {theme}, which adds {points} NPS points ({pct} % of promoters)",
    "method_fix_first": (
        "Fix first and strengths: the impact of a theme's negative (or positive) mentions alone, so "
        "complaints and praise of one theme are never netted out. Quotes come from comments where the "
        "theme has that polarity, cut to the clause that mentions it."
    ),
    "values": {"positive": "positive", "negative": "negative", "up": "up", "down": "down", "codebook": "codebook", "discovery": "discovery", "fisher": "Fisher"},
    "columns": {
        "cost_points": "Cost (NPS points)",
        "cost_ci_low": "Cost low",
        "cost_ci_high": "Cost high",
        "gain_points": "Gain (NPS points)",
        "gain_ci_low": "Gain low",
        "gain_ci_high": "Gain high",
        "pct_of_detractors": "% of detractors",
        "pct_of_promoters": "% of promoters",
        "trend": "Trend",
        "trend_pp": "Trend (points)",
        "quotes": "Quotes",
        "examples": "Examples",
        "quote_1": "Quote 1",
        "quote_2": "Quote 2",
        "quote_3": "Quote 3",
        "example_1": "Example 1",
        "example_2": "Example 2",
        "example_3": "Example 3",
        "n_mentions_neg": "Negative mentions",
        "impact_neg": "Impact of negative mentions",
        "impact_ci_low_neg": "Impact negative low",
        "impact_ci_high_neg": "Impact negative high",
        "p_adjusted_neg": "p (BH) negative",
        "significant_neg": "Significant negative",
        "small_sample_neg": "Small sample negative",
        "n_mentions_pos": "Positive mentions",
        "impact_pos": "Impact of positive mentions",
        "impact_ci_low_pos": "Impact positive low",
        "impact_ci_high_pos": "Impact positive high",
        "p_adjusted_pos": "p (BH) positive",
        "significant_pos": "Significant positive",
        "small_sample_pos": "Small sample positive",
        "impact_se": "Impact std. error",
        "nps_all": "NPS of all",
        "nps_theme_ci_low": "NPS of theme low",
        "nps_theme_ci_high": "NPS of theme high",
        "pct_mentions": "Mentions %",
        "direction": "Direction",
        "mentions_before": "Mentions before",
        "mentions_recent": "Mentions latest",
        "n_before": "Responses before",
        "n_recent": "Responses latest",
        "note": "Note",
        "period_start": "Period start",
        "test": "Test",
        "z": "z",
        "label": "Label",
        "polarity": "Polarity",
        "other_side": "Other side",
        "topic": "Topic",
        "paired_with": "Paired with",
        "terms": "Terms",
        "share_detractor": "Share of detractors",
        "share_passive": "Share of passives",
        "share_promoter": "Share of promoters",
        "languages": "Languages",
        "coherence": "Coherence",
        "segment": "Segment",
        "period": "Period",
        "category": "Category",
        "theme_id": "Theme id",
        "theme": "Theme",
        "source": "Source",
        "rank": "Rank",
        "n": "Responses",
        "n_responses": "Responses",
        "n_mentions": "Mentions",
        "pct": "Share %",
        "pct_ci_low": "Share % low",
        "pct_ci_high": "Share % high",
        "pct_neg": "Negative %",
        "pct_pos": "Positive %",
        "pct_mixed": "Mixed %",
        "n_detractors": "Detractors",
        "n_passives": "Passives",
        "n_promoters": "Promoters",
        "pct_detractors": "Detractors %",
        "pct_passives": "Passives %",
        "pct_promoters": "Promoters %",
        "nps": "NPS",
        "se": "Std. error",
        "moe": "Margin of error",
        "ci_low": "Low",
        "ci_high": "High",
        "nps_theme": "NPS of theme",
        "nps_without": "NPS without theme",
        "impact": "Impact",
        "impact_ci_low": "Impact low",
        "impact_ci_high": "Impact high",
        "p_value": "p",
        "p_adjusted": "p (BH)",
        "significant": "Significant",
        "small_sample": "Small sample",
        "pct_recent": "Share % latest",
        "pct_before": "Share % before",
        "recent_periods": "Latest period(s)",
        "diff_pp": "Change (points)",
    },
}

#: The report's notes (textnps.report.notes): what was dropped, cut or skipped.
REPORT_NOTES = {
    "unmatched_current_wave": (
        "{n} comments of the current wave matched no codebook theme; their {k} clusters: {matched} match "
        "saved themes, {new} new."
    ),
    "classification_unavailable": "Theme classification is not available: no themes are reported.",
    "preprocessing_unavailable": (
        "Preprocessing is not available: comments are not shown (they are not redacted)."
    ),
    "unmatched_too_few": (
        "{n} comment(s) matched no codebook theme: too few to cluster into new themes (discovery needs "
        "{needed})."
    ),
    "unmatched_clustered": (
        "{n} comments matched no codebook theme; they were clustered into {k} new themes (new:...)."
    ),
    "truncated": (
        "{n} comment(s) longer than {max_chars} characters were cut to that length (marked in 'truncated'"
        " in tables/responses.csv); their themes come from the cut text."
    ),
    "outside_window": (
        "{n} of {total} responses are dated outside the window {window} and are left out of every table."
    ),
    "undated_window": (
        "{n} of {total} responses have no date and are left out (a window {window} was set)."
    ),
    "dropped_scores": "Dropped {n} of {total} rows whose {column} is not an NPS score (0-10).",
    "mixed_encodings": (
        "{name} mixes encodings: {n} of {total} lines are not UTF-8 and were read as cp1252 (Windows), "
        "the others as UTF-8. Check those rows; re-export the file as UTF-8 to avoid this."
    ),
    "unknown_file_type": "Unknown file type {suffix}: reading {name} as CSV.",
    'model_refiner_shipped': (
        'Themes: codebook {name} {version}, refiner shipped (trained on {n} coded comments, for {langs} comments).'
    ),
    'model_refiner_learned': (
        "Themes: codebook {name} {version}, refiner learned from this survey's codes (trained on {n} coded comments, for {langs} comments)."
    ),
    'model_refiner_from': (
        'Themes: codebook {name} {version}, refiner from {where} (trained on {n} coded comments, for {langs} comments).'
    ),
    'theme_quality_stale': (
        'The expected quality of each theme (theme_quality.json, {n} themes) was measured with another refiner than the one that decided these themes, so no theme is marked as known to be weak.'
    ),
    'weak_theme': (
        'Theme {theme} is in the top lists but known to be weak: on the untouched test set of the benchmark it was found with precision {precision} and recall {recall} (F1 {f1}, {support} coded mentions). Read its comments before acting on it.'
    ),
    'refiner_out_of_domain': (
        "The refiner was not used for the {n} comments in {lang}: only {coverage} % of their most frequent words are known to it (it was trained on other surveys), so their themes come from the codebook's seeds and the survey's own model."
    ),
    'refiner_down_weighted': (
        "The refiner counted for {weight} % for the {n} comments in {lang}: {coverage} % of their most frequent words are known to it (it was trained on other surveys); the rest comes from the codebook's seeds and the survey's own model."
    ),
    'refiner_domain_reference': (
        'For comparison: in surveys like those the refiner was trained on, it knows {reference} % of the most frequent words in {lang}.'
    ),
    'model_refiner_prior': (
        "Themes: codebook {name} {version}, refiner shipped and updated with this survey's {n_analyst} codes (trained on {n} coded comments in all, for {langs} comments)."
    ),
    'model_seeds': (
        "Themes: codebook {name} {version}, no refiner (seeds and the survey's own model)."
    ),
    'model_trained': (
        'Themes: trained model {folder} ({n} coded comments; codebook {name} {version}).'
    ),
    'filtered': (
        '{n} of {total} responses do not match the filter {filter} and are left out of every table.'
    ),
    'chart_window': (
        'The charts over time show {first} – {last} ({n} of {total} periods: at most the latest {most}, from the first with at least {min_n} responses); every period is in nps_over_time.csv and trends.csv, and --since/--until choose another window.'
    ),
    'discover_sample': (
        'New themes were learned from {n} of the {total} comments no codebook theme covers (evenly spaced); every one of them was then assigned.'
    ),
}

#: Words of the wave comparison page and its figures (textnps.report.compare).
COMPARE_LABELS = {
    "title": "NPS wave comparison",
    "section_nps": "NPS: previous and current wave",
    "section_significant": "Significant changes",
    "section_detractors": "Detractors: theme shares in both waves",
    "section_promoters": "Promoters: theme shares in both waves",
    "section_new": "New themes (clusters of the current wave that match no saved theme)",
    "section_segments": "Significant changes per segment",
    "previous": "Previous",
    "current": "Current",
    "previous_wave": "Previous wave",
    "current_wave": "Current wave",
    "finding_nps": "NPS {previous} → {current} ({diff} points, {verdict})",
    "finding_change": "{theme} among {category}: {before} % → {after} % ({diff} points, 95 % interval {low} to "
                      "{high}; p (BH) {p})",
    "significant": "significant",
    "not_significant": "not significant",
    "no_change": "No theme share changed significantly (false discovery rate {alpha}).",
    "plot_nps": "NPS per wave (95 % interval)",
    "plot_changes": "{category}: theme share (%), previous → current (bold: significant)",
    "method": ("Both waves are measured with one classifier and one discovery model, so a theme keeps its id. "
               "Shares are of the commenting respondents of a category; the change has Newcombe's hybrid score "
               "interval and a pooled two-proportion z-test, with p-values adjusted by Benjamini-Hochberg over "
               "all themes and both categories of a segment. NPS intervals are Wald intervals; the NPS change is "
               "tested by a z-test. NPS points = change of the theme's impact (NPS minus the NPS without it)."),
    "columns": {"wave": "Wave", "n_previous": "Responses (prev.)", "n_current": "Responses (cur.)",
                "nps_previous": "NPS (prev.)", "nps_current": "NPS (cur.)", "diff": "Change",
                "pct_previous": "Share % (prev.)", "pct_current": "Share % (cur.)", "diff_pp": "Change (points)",
                "nps_points": "NPS points", "status": "Status", "label": "Label", "terms": "Terms",
                "pct_detractor_current": "Detractors % (cur.)", "pct_promoter_current": "Promoters % (cur.)",
                "pct_detractor_previous": "Detractors % (prev.)", "pct_promoter_previous": "Promoters % (prev.)",
                "mentions_previous": "Mentions (prev.)", "mentions_current": "Mentions (cur.)",
                "diff_ci_low": "Change low", "diff_ci_high": "Change high",
                "impact_previous": "Impact (prev.)", "impact_current": "Impact (cur.)",
                "direction": "Direction", "rising": "Rising"},
}
