"""Every plot draws on a given Axes (or makes one), returns it, and speaks the report language."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from textnps import stats  # noqa: E402
from textnps.report import plots  # noqa: E402
from textnps.report.tables import theme_impact, theme_shares  # noqa: E402
from textnps.report.trends import theme_trends  # noqa: E402

TITLES = {"sv": "Vanligaste klagomålen bland kritiker", "da": "Hyppigste klager blandt kritikere",
          "no": "Vanligste klager blant kritikere", "en": "Top complaints among detractors"}


@pytest.fixture(scope="module")
def tables(survey):
    return {
        "summary": stats.nps_summary(survey, period="month"),
        "shares": theme_shares(survey, categories=("(all)", "detractor", "passive", "promoter")),
        "impact": theme_impact(survey),
        "trends": theme_trends(survey),
    }


@pytest.mark.parametrize("lang", ["sv", "da", "no", "en"])
def test_top_complaints_bar_chart_in_each_language(tables, lang):
    ax = Figure().add_subplot()
    assert plots.plot_top_themes(tables["shares"], ax=ax, lang=lang, theme_names={"price": "Pris"}) is ax
    assert ax.get_title() == TITLES[lang]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Pris"          # the top complaint is drawn on top
    assert len(ax.patches) == 3


def test_every_plot_returns_its_axes(tables):
    cases = [
        (plots.plot_nps_over_time, tables["summary"], {}),
        (plots.plot_impact, tables["impact"], {}),
        (plots.plot_heatmap, tables["shares"], {}),
        (plots.plot_trends, tables["trends"], {"themes": ["digital", "price"]}),
    ]
    for plot, table, kwargs in cases:
        ax = Figure().add_subplot()
        assert plot(table, ax=ax, lang="da", **kwargs) is ax
        assert ax.get_title()


def test_nps_over_time_draws_the_margin_band(tables):
    ax = plots.plot_nps_over_time(tables["summary"], ax=Figure().add_subplot(), lang="sv")
    assert ax.get_title() == "NPS över tid (band: 95 % felmarginal)"
    assert len(ax.collections) == 1 and len(ax.get_xticklabels()) == 12


def test_impact_bars_are_coloured_by_sign(tables):
    ax = plots.plot_impact(tables["impact"], ax=Figure().add_subplot(), lang="en")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "price"            # most negative at the bottom
    assert ax.patches[-1].get_width() < 0


def test_trend_lines_have_a_legend_in_the_category_language(tables):
    ax = plots.plot_trends(tables["trends"], ax=Figure().add_subplot(), lang="no", theme_names={"digital": "Digitalt"})
    assert ax.get_title() == "Temaets andel over tid blant kritikere (%)"
    assert "Digitalt" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_without_ax_a_new_figure_is_made(tables):
    ax = plots.plot_heatmap(tables["shares"])
    assert ax.figure is not None
    plt.close(ax.figure)


def test_weekly_periods_are_thinned_on_the_axis(survey):
    summary = stats.nps_summary(survey, period="week")
    ax = plots.plot_nps_over_time(summary, ax=Figure().add_subplot())
    assert len(summary) > 50 and len(ax.get_xticklabels()) <= 16
