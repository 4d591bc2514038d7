"""The Norwegian Bokmål words of the report (``textnps.report``): labels, notes, the wave comparison's words.

Re-exported by :mod:`textnps.lang.nb`, whose names they are (:class:`textnps.lang.LanguageData`).
"""

#: Ord i rapporten (HTML/Excel) og diagrammene (``textnps.report``).
#: ``columns`` oversetter tabellenes kolonnenavn til overskrifter.
REPORT_LABELS = {
    "report_title": "NPS-rapport: kommentarer",
    "all": "Alle",
    "responses": "svar",
    "comments": "kommentarer",
    "generated": "Laget",
    "codebook": "Kodebok",
    "small_sample_note": "Merket * : færre enn {min_n} svar, tolk med forsiktighet.",
    "none": "Ingen funnet.",
    "decimal": ",",
    "section_findings": "Viktigste funn",
    "finding_complaint": "Vanligste klage blant kritikere: {theme} ({pct} %)",
    "finding_strength": "Største styrke blant ambassadører: {theme} ({pct} %)",
    "finding_impact": "Største negative betydning for NPS: {theme} ({impact} poeng)",
    "finding_emerging": "Øker: {theme} blant {category} ({before} % → {recent} % i {period})",
    "section_summary": "NPS-oversikt",
    "section_nps_over_time": "NPS over tid",
    "section_top_complaints": "Vanligste klager (kritikere)",
    "section_top_strengths": "Største styrker (ambassadører)",
    "section_passives": "Hva passive nevner",
    "section_impact": "Temaenes betydning for NPS",
    "section_heatmap": "Temaer per kategori",
    "section_trends": "Utvikling per tema",
    "section_emerging": "Voksende temaer",
    "section_segments": "Per segment",
    "section_discovered": "Oppdagede temaer og deres to sider",
    "discovered_intro": (
        "Temaer funnet i kommentarene som ingen tema i kodeboken dekker. En grunn som ambassadører roser og kritikere klager på, er ett emne med to sider: de to radene står etter hverandre, rammet inn sammen, og hver nevner sin andre side."
    ),
    "section_method": "Metode",
    "method_text": (
        "Intervallene er 95 %-intervaller: Wilson for andeler, Wald for NPS. Betydning = NPS for alle "
        "svar minus NPS for svarene som ikke nevner temaet. Utviklingen sammenligner den siste "
        "perioden med de foregående (z-test for to andeler). P-verdiene er justert for at mange "
        "temaer testes samtidig (Benjamini-Hochberg)."
    ),
    "plot_nps_over_time": "NPS over tid (bånd: 95 % feilmargin)",
    "plot_top_complaints": "Vanligste klager blant kritikere",
    "plot_top_strengths": "Største styrker blant ambassadører",
    "plot_impact": "Temaenes betydning for NPS (poeng, 95 %-intervall)",
    "plot_heatmap": "Andel av hver kategori som nevner temaet (%)",
    "plot_trends": "Temaets andel over tid blant {category} (%)",
    "axis_share": "Andel av svarene (%)",
    "axis_nps": "NPS",
    "axis_impact": "NPS-poeng",
    "axis_period": "Periode",
    "section_fix_first": "Rett først",
    "fix_first_intro": (
        "Temaer rangert etter hvor mange NPS-poeng klagene koster: hvor mye høyere NPS ville vært om "
        "svarene som nevner temaet negativt, hadde gitt samme karakter som de andre. Andel: kritikerne "
        "som klager på det. Utvikling: endringen i den andelen i den siste perioden, ↑/↓ når den er "
        "signifikant."
    ),
    "section_praise": "Styrker å ta vare på",
    "praise_intro": (
        "Temaer rangert etter hvor mange NPS-poeng rosen gir: hvor mye lavere NPS ville vært uten svarene"
        " som nevner temaet positivt. Andel: ambassadørene som roser det."
    ),
    "finding_fix_first": "Rett først: {theme}, der klagene koster {points} NPS-poeng ({pct} % av kritikerne)",
    "finding_praise": "Mest ros: {theme}, som gir {points} NPS-poeng ({pct} % av ambassadørene)",
    "method_fix_first": (
        "Rett først og styrker: betydningen av et temas negative (eller positive) omtaler alene, så "
        "klager og ros av samme tema aldri utligner hverandre. Sitatene kommer fra kommentarer der temaet"
        " har den polariteten, forkortet til setningsleddet som nevner det."
    ),
    "values": {"positive": "positiv", "negative": "negativ", "up": "opp", "down": "ned", "codebook": "kodebok", "discovery": "oppdaget", "fisher": "Fisher"},
    "columns": {
        "cost_points": "Kostnad (NPS-poeng)",
        "cost_ci_low": "Kostnad lav",
        "cost_ci_high": "Kostnad høy",
        "gain_points": "Gevinst (NPS-poeng)",
        "gain_ci_low": "Gevinst lav",
        "gain_ci_high": "Gevinst høy",
        "pct_of_detractors": "% av kritikerne",
        "pct_of_promoters": "% av ambassadørene",
        "trend": "Utvikling",
        "trend_pp": "Utvikling (prosentpoeng)",
        "quotes": "Sitater",
        "examples": "Eksempler",
        "quote_1": "Sitat 1",
        "quote_2": "Sitat 2",
        "quote_3": "Sitat 3",
        "example_1": "Eksempel 1",
        "example_2": "Eksempel 2",
        "example_3": "Eksempel 3",
        "n_mentions_neg": "Negative omtaler",
        "impact_neg": "Betydning av negative omtaler",
        "impact_ci_low_neg": "Betydning negative lav",
        "impact_ci_high_neg": "Betydning negative høy",
        "p_adjusted_neg": "p (BH) negative",
        "significant_neg": "Signifikant negative",
        "small_sample_neg": "Lite utvalg negative",
        "n_mentions_pos": "Positive omtaler",
        "impact_pos": "Betydning av positive omtaler",
        "impact_ci_low_pos": "Betydning positive lav",
        "impact_ci_high_pos": "Betydning positive høy",
        "p_adjusted_pos": "p (BH) positive",
        "significant_pos": "Signifikant positive",
        "small_sample_pos": "Lite utvalg positive",
        "impact_se": "Betydning standardfeil",
        "nps_all": "NPS for alle",
        "nps_theme_ci_low": "NPS for temaet lav",
        "nps_theme_ci_high": "NPS for temaet høy",
        "pct_mentions": "Omtaler %",
        "direction": "Retning",
        "mentions_before": "Omtaler før",
        "mentions_recent": "Omtaler sist",
        "n_before": "Svar før",
        "n_recent": "Svar sist",
        "note": "Merknad",
        "period_start": "Periodens start",
        "test": "Test",
        "z": "z",
        "label": "Etikett",
        "polarity": "Polaritet",
        "other_side": "Andre side",
        "topic": "Emne",
        "paired_with": "Paret med",
        "terms": "Termer",
        "share_detractor": "Andel kritikere",
        "share_passive": "Andel passive",
        "share_promoter": "Andel ambassadører",
        "languages": "Språk",
        "coherence": "Sammenheng",
        "segment": "Segment",
        "period": "Periode",
        "category": "Kategori",
        "theme_id": "Tema-id",
        "theme": "Tema",
        "source": "Kilde",
        "rank": "Rangering",
        "n": "Svar",
        "n_responses": "Svar",
        "n_mentions": "Omtaler",
        "pct": "Andel %",
        "pct_ci_low": "Andel % lav",
        "pct_ci_high": "Andel % høy",
        "pct_neg": "Negative %",
        "pct_pos": "Positive %",
        "pct_mixed": "Blandede %",
        "n_detractors": "Kritikere",
        "n_passives": "Passive",
        "n_promoters": "Ambassadører",
        "pct_detractors": "Kritikere %",
        "pct_passives": "Passive %",
        "pct_promoters": "Ambassadører %",
        "nps": "NPS",
        "se": "Standardfeil",
        "moe": "Feilmargin",
        "ci_low": "Lav",
        "ci_high": "Høy",
        "nps_theme": "NPS for temaet",
        "nps_without": "NPS uten temaet",
        "impact": "Betydning",
        "impact_ci_low": "Betydning lav",
        "impact_ci_high": "Betydning høy",
        "p_value": "p",
        "p_adjusted": "p (BH)",
        "significant": "Signifikant",
        "small_sample": "Lite utvalg",
        "pct_recent": "Andel % siste",
        "pct_before": "Andel % før",
        "recent_periods": "Siste periode(r)",
        "diff_pp": "Endring (prosentpoeng)",
    },
}

#: Rapportens merknader (textnps.report.notes): hva som ble fjernet, forkortet eller hoppet over.
REPORT_NOTES = {
    "unmatched_current_wave": (
        "{n} kommentarer i den aktuelle målingen passet ikke til noe tema i kodeboken; av de {k} gruppene "
        "deres svarer {matched} til lagrede temaer, og {new} er nye."
    ),
    "classification_unavailable": "Temaklassifisering er ikke tilgjengelig: ingen temaer vises.",
    "preprocessing_unavailable": (
        "Forbehandling er ikke tilgjengelig: kommentarene vises ikke (de er ikke anonymisert)."
    ),
    "unmatched_too_few": (
        "{n} kommentar(er) passet ikke til noe tema i kodeboken: for få til å grupperes i nye temaer (det"
        " krever {needed})."
    ),
    "unmatched_clustered": (
        "{n} kommentarer passet ikke til noe tema i kodeboken; de ble gruppert i {k} nye temaer "
        "(new:...)."
    ),
    "truncated": (
        "{n} kommentar(er) på mer enn {max_chars} tegn ble forkortet til den lengden (merket i "
        "'truncated' i tables/responses.csv); temaene deres kommer fra den forkortede teksten."
    ),
    "outside_window": (
        "{n} av {total} svar er datert utenfor perioden {window} og er ikke med i noen tabell."
    ),
    "undated_window": (
        "{n} av {total} svar har ingen dato og er ikke med (perioden {window} ble valgt)."
    ),
    "dropped_scores": (
        "{n} av {total} rader ble fjernet fordi {column} ikke er en NPS-karakter (0–10)."
    ),
    "mixed_encodings": (
        "{name} blander tegnkodinger: {n} av {total} linjer er ikke UTF-8 og ble lest som cp1252 "
        "(Windows), de andre som UTF-8. Sjekk de radene; eksporter filen som UTF-8 på nytt for å unngå "
        "dette."
    ),
    "unknown_file_type": "Ukjent filtype {suffix}: {name} leses som CSV.",
    'model_refiner_shipped': (
        'Temaer: kodebok {name} {version}, medfølgende finjustering (trent på {n} kodede kommentarer, for {langs}-kommentarer).'
    ),
    'model_refiner_learned': (
        'Temaer: kodebok {name} {version}, finjustering trent på denne undersøkelsens koder ({n} kodede kommentarer, for {langs}-kommentarer).'
    ),
    'model_refiner_from': (
        'Temaer: kodebok {name} {version}, finjustering fra {where} (trent på {n} kodede kommentarer, for {langs}-kommentarer).'
    ),
    'theme_quality_stale': (
        'Den forventede kvaliteten for hvert tema (theme_quality.json, {n} temaer) ble målt med en annen finjustering enn den som bestemte disse temaene, så ingen temaer markeres som kjent svake.'
    ),
    'weak_theme': (
        'Temaet {theme} er på topplistene, men er kjent som svakt: i det urørte testsettet i benchmarken ble det funnet med presisjon {precision} og gjenfinning {recall} (F1 {f1}, {support} kodede omtaler). Les kommentarene før dere handler på det.'
    ),
    'refiner_out_of_domain': (
        'Finjusteringen ble ikke brukt for de {n} kommentarene på {lang}: bare {coverage} % av de vanligste ordene deres er kjent for den (den ble trent på andre undersøkelser), så temaene kommer fra kodebokens søkeord og undersøkelsens egen modell.'
    ),
    'refiner_down_weighted': (
        'Finjusteringen veide {weight} % for de {n} kommentarene på {lang}: {coverage} % av de vanligste ordene deres er kjent for den (den ble trent på andre undersøkelser); resten kommer fra kodebokens søkeord og undersøkelsens egen modell.'
    ),
    'refiner_domain_reference': (
        'Til sammenligning: i undersøkelser som dem finjusteringen ble trent på, kjenner den {reference} % av de vanligste ordene på {lang}.'
    ),
    'model_refiner_prior': (
        'Temaer: kodebok {name} {version}, medfølgende finjustering oppdatert med undersøkelsens {n_analyst} koder (trent på {n} kodede kommentarer i alt, for kommentarer på {langs}).'
    ),
    'model_seeds': (
        'Temaer: kodebok {name} {version}, ingen finjustering (kodebokens søkeord og undersøkelsens egen modell).'
    ),
    'model_trained': (
        'Temaer: trent modell {folder} ({n} kodede kommentarer; kodebok {name} {version}).'
    ),
    'filtered': (
        '{n} av {total} svar passer ikke med filteret {filter} og er utelatt fra alle tabeller.'
    ),
    'chart_window': (
        'Diagrammene over tid viser {first} – {last} ({n} av {total} perioder: høyst de siste {most}, fra den første med minst {min_n} svar); alle perioder står i nps_over_time.csv og trends.csv, og --since/--until velger et annet tidsvindu.'
    ),
    'discover_sample': (
        'Nye temaer ble lært fra {n} av de {total} kommentarene som ikke noe tema i kodeboken dekker (jevnt fordelt); deretter fikk alle et tema.'
    ),
}

#: Ord til sammenligningen av to målinger (textnps.report.compare).
COMPARE_LABELS = {
    "title": "NPS: sammenligning av målinger",
    "section_nps": "NPS: forrige og siste måling",
    "section_significant": "Signifikante endringer",
    "section_detractors": "Kritikere: temaer i begge målingene",
    "section_promoters": "Ambassadører: temaer i begge målingene",
    "section_new": "Nye temaer (klynger i siste måling som ikke ligner et lagret tema)",
    "section_segments": "Signifikante endringer per segment",
    "previous": "Forrige",
    "current": "Siste",
    "previous_wave": "Forrige måling",
    "current_wave": "Siste måling",
    "finding_nps": "NPS {previous} → {current} ({diff} poeng, {verdict})",
    "finding_change": "{theme} blant {category}: {before} % → {after} % ({diff} prosentpoeng, 95 % intervall "
                      "{low} til {high}; p (BH) {p})",
    "significant": "signifikant",
    "not_significant": "ikke signifikant",
    "no_change": "Ingen temaandel endret seg signifikant (falsk oppdagelsesrate {alpha}).",
    "plot_nps": "NPS per måling (95 % intervall)",
    "plot_changes": "{category}: temaets andel (%), forrige → siste (fet: signifikant)",
    "method": ("Begge målingene måles med samme klassifikator og samme klyngemodell, så et tema beholder sin id. "
               "Andeler er av svar med kommentar i kategorien; endringen har Newcombes intervall og en z-test "
               "for to andeler, p-verdier justert med Benjamini-Hochberg. NPS-poeng = endringen i temaets "
               "påvirkning på NPS."),
    "columns": {"wave": "Måling", "n_previous": "Svar (forrige)", "n_current": "Svar (siste)",
                "nps_previous": "NPS (forrige)", "nps_current": "NPS (siste)", "diff": "Endring",
                "pct_previous": "Andel % (forrige)", "pct_current": "Andel % (siste)",
                "diff_pp": "Endring (prosentpoeng)", "nps_points": "NPS-poeng", "status": "Status",
                "label": "Etikett", "terms": "Termer",
                "pct_detractor_current": "Kritikere % (siste)", "pct_promoter_current": "Ambassadører % (siste)",
                "pct_detractor_previous": "Kritikere % (forrige)", "pct_promoter_previous": "Ambassadører % (forrige)",
                "mentions_previous": "Omtaler (forrige)", "mentions_current": "Omtaler (siste)",
                "diff_ci_low": "Endring lav", "diff_ci_high": "Endring høy",
                "impact_previous": "Påvirkning (forrige)", "impact_current": "Påvirkning (siste)",
                "direction": "Retning", "rising": "Økende"},
}
