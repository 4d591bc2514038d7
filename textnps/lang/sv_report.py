"""The Swedish words of the report (``textnps.report``): labels, notes, the wave comparison's words.

Re-exported by :mod:`textnps.lang.sv`, whose names they are (:class:`textnps.lang.LanguageData`).
"""

#: Ord i rapporten (HTML/Excel) och dess diagram (``textnps.report``).
#: ``columns`` översätter tabellernas kolumnnamn till rubriker.
REPORT_LABELS = {
    "report_title": "NPS-rapport: kommentarer",
    "all": "Alla",
    "responses": "svar",
    "comments": "kommentarer",
    "generated": "Skapad",
    "codebook": "Kodbok",
    "small_sample_note": "Markerat * : färre än {min_n} svar, tolka med försiktighet.",
    "none": "Inga hittades.",
    "decimal": ",",
    "section_findings": "Viktigaste resultaten",
    "finding_complaint": "Vanligaste klagomålet bland kritiker: {theme} ({pct} %)",
    "finding_strength": "Största styrkan bland förespråkare: {theme} ({pct} %)",
    "finding_impact": "Störst negativ påverkan på NPS: {theme} ({impact} poäng)",
    "finding_emerging": "Ökar: {theme} bland {category} ({before} % → {recent} % i {period})",
    "section_summary": "NPS-sammanfattning",
    "section_nps_over_time": "NPS över tid",
    "section_top_complaints": "Vanligaste klagomålen (kritiker)",
    "section_top_strengths": "Största styrkorna (förespråkare)",
    "section_passives": "Vad passiva nämner",
    "section_impact": "Temans påverkan på NPS",
    "section_heatmap": "Teman per kategori",
    "section_trends": "Trender per tema",
    "section_emerging": "Växande teman",
    "section_segments": "Per segment",
    "section_discovered": "Upptäckta teman och deras två sidor",
    "discovered_intro": (
        "Teman som hittades i kommentarer som inget kodbokstema täcker. En anledning som ambassadörer berömmer och kritiker klagar på är ett ämne med två sidor: de två raderna står efter varandra, inramade tillsammans, och var och en anger sin andra sida."
    ),
    "section_method": "Metod",
    "method_text": (
        "Intervallen är 95 %-intervall: Wilson för andelar, Wald för NPS. Påverkan = NPS för alla "
        "svar minus NPS för de svar som inte nämner temat. Trender jämför den senaste perioden med "
        "de tidigare (z-test för två andelar). P-värdena är justerade för att många teman testas "
        "samtidigt (Benjamini-Hochberg)."
    ),
    "plot_nps_over_time": "NPS över tid (band: 95 % felmarginal)",
    "plot_top_complaints": "Vanligaste klagomålen bland kritiker",
    "plot_top_strengths": "Största styrkorna bland förespråkare",
    "plot_impact": "Temans påverkan på NPS (poäng, 95 %-intervall)",
    "plot_heatmap": "Andel av varje kategori som nämner temat (%)",
    "plot_trends": "Temats andel över tid bland {category} (%)",
    "axis_share": "Andel av svaren (%)",
    "axis_nps": "NPS",
    "axis_impact": "NPS-poäng",
    "axis_period": "Period",
    "section_fix_first": "Åtgärda först",
    "fix_first_intro": (
        "Teman rangordnade efter hur många NPS-poäng klagomålen kostar: hur mycket högre NPS skulle vara "
        "om svaren som nämner temat negativt gav samma betyg som de andra. Andel: de kritiker som klagar "
        "på det. Trend: förändringen av den andelen under den senaste perioden, ↑/↓ när den är "
        "signifikant."
    ),
    "section_praise": "Styrkor att behålla",
    "praise_intro": (
        "Teman rangordnade efter hur många NPS-poäng berömmet ger: hur mycket lägre NPS skulle vara utan "
        "svaren som nämner temat positivt. Andel: de förespråkare som berömmer det."
    ),
    "finding_fix_first": (
        "Åtgärda först: {theme}, vars klagomål kostar {points} NPS-poäng ({pct} % av kritikerna)"
    ),
    "finding_praise": "Starkast beröm: {theme}, som ger {points} NPS-poäng ({pct} % av förespråkarna)",
    "method_fix_first": (
        "Åtgärda först och styrkor: påverkan av enbart de negativa (eller positiva) omnämnandena av ett "
        "tema, så att klagomål och beröm av samma tema aldrig tar ut varandra. Citaten kommer från "
        "kommentarer där temat har den polariteten, kortade till den sats som nämner det."
    ),
    "values": {"positive": "positiv", "negative": "negativ", "up": "upp", "down": "ned", "codebook": "kodbok", "discovery": "upptäckt", "fisher": "Fisher"},
    "columns": {
        "cost_points": "Kostnad (NPS-poäng)",
        "cost_ci_low": "Kostnad låg",
        "cost_ci_high": "Kostnad hög",
        "gain_points": "Vinst (NPS-poäng)",
        "gain_ci_low": "Vinst låg",
        "gain_ci_high": "Vinst hög",
        "pct_of_detractors": "% av kritikerna",
        "pct_of_promoters": "% av förespråkarna",
        "trend": "Trend",
        "trend_pp": "Trend (procentenheter)",
        "quotes": "Citat",
        "examples": "Exempel",
        "quote_1": "Citat 1",
        "quote_2": "Citat 2",
        "quote_3": "Citat 3",
        "example_1": "Exempel 1",
        "example_2": "Exempel 2",
        "example_3": "Exempel 3",
        "n_mentions_neg": "Negativa omnämnanden",
        "impact_neg": "Påverkan av negativa omnämnanden",
        "impact_ci_low_neg": "Påverkan negativa låg",
        "impact_ci_high_neg": "Påverkan negativa hög",
        "p_adjusted_neg": "p (BH) negativa",
        "significant_neg": "Signifikant negativa",
        "small_sample_neg": "Litet urval negativa",
        "n_mentions_pos": "Positiva omnämnanden",
        "impact_pos": "Påverkan av positiva omnämnanden",
        "impact_ci_low_pos": "Påverkan positiva låg",
        "impact_ci_high_pos": "Påverkan positiva hög",
        "p_adjusted_pos": "p (BH) positiva",
        "significant_pos": "Signifikant positiva",
        "small_sample_pos": "Litet urval positiva",
        "impact_se": "Påverkan standardfel",
        "nps_all": "NPS för alla",
        "nps_theme_ci_low": "NPS för temat låg",
        "nps_theme_ci_high": "NPS för temat hög",
        "pct_mentions": "Omnämnanden %",
        "direction": "Riktning",
        "mentions_before": "Omnämnanden före",
        "mentions_recent": "Omnämnanden senast",
        "n_before": "Svar före",
        "n_recent": "Svar senast",
        "note": "Anmärkning",
        "period_start": "Periodens början",
        "test": "Test",
        "z": "z",
        "label": "Etikett",
        "polarity": "Polaritet",
        "other_side": "Andra sidan",
        "topic": "Ämne",
        "paired_with": "Parat med",
        "terms": "Termer",
        "share_detractor": "Andel kritiker",
        "share_passive": "Andel passiva",
        "share_promoter": "Andel förespråkare",
        "languages": "Språk",
        "coherence": "Sammanhang",
        "segment": "Segment",
        "period": "Period",
        "category": "Kategori",
        "theme_id": "Tema-id",
        "theme": "Tema",
        "source": "Källa",
        "rank": "Rang",
        "n": "Svar",
        "n_responses": "Svar",
        "n_mentions": "Omnämnanden",
        "pct": "Andel %",
        "pct_ci_low": "Andel % låg",
        "pct_ci_high": "Andel % hög",
        "pct_neg": "Negativa %",
        "pct_pos": "Positiva %",
        "pct_mixed": "Blandade %",
        "n_detractors": "Kritiker",
        "n_passives": "Passiva",
        "n_promoters": "Förespråkare",
        "pct_detractors": "Kritiker %",
        "pct_passives": "Passiva %",
        "pct_promoters": "Förespråkare %",
        "nps": "NPS",
        "se": "Medelfel",
        "moe": "Felmarginal",
        "ci_low": "Låg",
        "ci_high": "Hög",
        "nps_theme": "NPS för temat",
        "nps_without": "NPS utan temat",
        "impact": "Påverkan",
        "impact_ci_low": "Påverkan låg",
        "impact_ci_high": "Påverkan hög",
        "p_value": "p",
        "p_adjusted": "p (BH)",
        "significant": "Signifikant",
        "small_sample": "Litet urval",
        "pct_recent": "Andel % senast",
        "pct_before": "Andel % tidigare",
        "recent_periods": "Senaste period(er)",
        "diff_pp": "Förändring (procentenheter)",
    },
}

#: Rapportens anmärkningar (textnps.report.notes): vad som togs bort, kortades eller hoppades över.
REPORT_NOTES = {
    "unmatched_current_wave": (
        "{n} kommentarer i den aktuella mätomgången passade inte något tema i kodboken; av deras {k} grupper "
        "motsvarar {matched} sparade teman och {new} är nya."
    ),
    "classification_unavailable": "Temaklassificering är inte tillgänglig: inga teman redovisas.",
    "preprocessing_unavailable": (
        "Förbehandling är inte tillgänglig: kommentarerna visas inte (de är inte avidentifierade)."
    ),
    "unmatched_too_few": (
        "{n} kommentar(er) passade inte något tema i kodboken: för få för att grupperas i nya teman (det "
        "krävs {needed})."
    ),
    "unmatched_clustered": (
        "{n} kommentarer passade inte något tema i kodboken; de grupperades i {k} nya teman (new:...)."
    ),
    "truncated": (
        "{n} kommentar(er) längre än {max_chars} tecken kortades till den längden (markerade i "
        "'truncated' i tables/responses.csv); deras teman kommer från den kortade texten."
    ),
    "outside_window": (
        "{n} av {total} svar är daterade utanför perioden {window} och ingår inte i någon tabell."
    ),
    "undated_window": "{n} av {total} svar saknar datum och ingår inte (perioden {window} valdes).",
    "dropped_scores": "{n} av {total} rader togs bort eftersom {column} inte är ett NPS-betyg (0–10).",
    "mixed_encodings": (
        "{name} blandar teckenkodningar: {n} av {total} rader är inte UTF-8 och lästes som cp1252 "
        "(Windows), de andra som UTF-8. Kontrollera de raderna; exportera filen som UTF-8 igen för att "
        "undvika detta."
    ),
    "unknown_file_type": "Okänd filtyp {suffix}: {name} läses som CSV.",
    'model_refiner_shipped': (
        'Teman: kodbok {name} {version}, medföljande förfinare (tränad på {n} kodade kommentarer, för {langs}-kommentarer).'
    ),
    'model_refiner_learned': (
        'Teman: kodbok {name} {version}, förfinare tränad på den här undersökningens koder ({n} kodade kommentarer, för {langs}-kommentarer).'
    ),
    'model_refiner_from': (
        'Teman: kodbok {name} {version}, förfinare från {where} (tränad på {n} kodade kommentarer, för {langs}-kommentarer).'
    ),
    'theme_quality_stale': (
        'Den förväntade kvaliteten för varje tema (theme_quality.json, {n} teman) mättes med en annan förfinare än den som bestämde de här temana, så inget tema markeras som känt svagt.'
    ),
    'weak_theme': (
        'Temat {theme} finns på topplistorna men är känt som svagt: i benchmarkens orörda testmängd hittades det med precision {precision} och täckning {recall} (F1 {f1}, {support} kodade omnämnanden). Läs dess kommentarer innan ni agerar på det.'
    ),
    'refiner_out_of_domain': (
        'Förfinaren användes inte för de {n} kommentarerna på {lang}: bara {coverage} % av deras vanligaste ord är kända för den (den tränades på andra undersökningar), så deras teman kommer från kodbokens sökord och undersökningens egen modell.'
    ),
    'refiner_down_weighted': (
        'Förfinaren vägde {weight} % för de {n} kommentarerna på {lang}: {coverage} % av deras vanligaste ord är kända för den (den tränades på andra undersökningar); resten kommer från kodbokens sökord och undersökningens egen modell.'
    ),
    'refiner_domain_reference': (
        'Som jämförelse: i undersökningar som dem förfinaren tränades på känner den till {reference} % av de vanligaste orden på {lang}.'
    ),
    'model_refiner_prior': (
        'Teman: kodbok {name} {version}, medföljande förfinare uppdaterad med undersökningens {n_analyst} koder (tränad på {n} kodade kommentarer totalt, för kommentarer på {langs}).'
    ),
    'model_seeds': (
        'Teman: kodbok {name} {version}, ingen förfinare (kodbokens sökord och undersökningens egen modell).'
    ),
    'model_trained': (
        'Teman: tränad modell {folder} ({n} kodade kommentarer; kodbok {name} {version}).'
    ),
    'filtered': (
        '{n} av {total} svar matchar inte filtret {filter} och är uteslutna ur alla tabeller.'
    ),
    'chart_window': (
        'Diagrammen över tid visar {first} – {last} ({n} av {total} perioder: högst de senaste {most}, från den första med minst {min_n} svar); alla perioder finns i nps_over_time.csv och trends.csv, och --since/--until väljer ett annat tidsfönster.'
    ),
    'discover_sample': (
        'Nya teman lärdes från {n} av de {total} kommentarer som inget tema i kodboken täcker (jämnt utspridda); alla tilldelades sedan ett tema.'
    ),
}

#: Ord för jämförelsen mellan två mätomgångar (textnps.report.compare).
COMPARE_LABELS = {
    "title": "NPS: jämförelse mellan mätomgångar",
    "section_nps": "NPS: förra och senaste omgången",
    "section_significant": "Signifikanta förändringar",
    "section_detractors": "Kritiker: teman i båda omgångarna",
    "section_promoters": "Förespråkare: teman i båda omgångarna",
    "section_new": "Nya teman (kluster i senaste omgången som inte liknar något sparat tema)",
    "section_segments": "Signifikanta förändringar per segment",
    "previous": "Förra",
    "current": "Senaste",
    "previous_wave": "Förra omgången",
    "current_wave": "Senaste omgången",
    "finding_nps": "NPS {previous} → {current} ({diff} poäng, {verdict})",
    "finding_change": "{theme} bland {category}: {before} % → {after} % ({diff} procentenheter, 95 % intervall "
                      "{low} till {high}; p (BH) {p})",
    "significant": "signifikant",
    "not_significant": "inte signifikant",
    "no_change": "Inget temas andel förändrades signifikant (falsk upptäcktsgrad {alpha}).",
    "plot_nps": "NPS per omgång (95 % intervall)",
    "plot_changes": "{category}: temats andel (%), förra → senaste (fetstil: signifikant)",
    "method": ("Båda omgångarna mäts med samma klassificerare och samma klustermodell, så ett tema behåller sitt id. "
               "Andelar avser svarande med kommentar i kategorin; förändringen har Newcombes intervall och ett "
               "z-test för två andelar, p-värden justerade med Benjamini-Hochberg. NPS-poäng = förändringen av "
               "temats påverkan på NPS."),
    "columns": {"wave": "Omgång", "n_previous": "Svar (förra)", "n_current": "Svar (senaste)",
                "nps_previous": "NPS (förra)", "nps_current": "NPS (senaste)", "diff": "Förändring",
                "pct_previous": "Andel % (förra)", "pct_current": "Andel % (senaste)",
                "diff_pp": "Förändring (procentenheter)", "nps_points": "NPS-poäng", "status": "Status",
                "label": "Etikett", "terms": "Termer",
                "pct_detractor_current": "Kritiker % (senaste)", "pct_promoter_current": "Förespråkare % (senaste)",
                "pct_detractor_previous": "Kritiker % (förra)", "pct_promoter_previous": "Förespråkare % (förra)",
                "mentions_previous": "Omnämnanden (förra)", "mentions_current": "Omnämnanden (senaste)",
                "diff_ci_low": "Förändring lägst", "diff_ci_high": "Förändring högst",
                "impact_previous": "Påverkan (förra)", "impact_current": "Påverkan (senaste)",
                "direction": "Riktning", "rising": "Ökar"},
}
