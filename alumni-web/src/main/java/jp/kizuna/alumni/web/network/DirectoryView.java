package jp.kizuna.alumni.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.network.DirectoryCriteria;
import jp.kizuna.alumni.network.DirectoryPage;
import jp.kizuna.alumni.network.DirectorySearch;
import jp.kizuna.alumni.network.Openness;

/** The alumni directory with facets, for alumni (/portal/directory) and HR (/network/directory). */
@Named
@ViewScoped
public class DirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 20;

    @Inject
    private DirectorySearch directory;

    private String text;
    private String department;
    private Integer minYears;
    private Integer maxYears;
    private String skill;
    private String region;
    private String openTo;
    private int first;
    private transient DirectoryPage page;
    private transient DirectoryPage.Facets facets;

    private DirectoryCriteria criteria() {
        return new DirectoryCriteria(
                text,
                department,
                minYears,
                maxYears,
                skill,
                region,
                openTo == null || openTo.isBlank() ? null : Openness.valueOf(openTo));
    }

    public DirectoryPage getPage() {
        if (page == null) {
            page = directory.search(criteria(), first, PAGE);
        }
        return page;
    }

    /** Facet counts are computed once per search, not again for every page. */
    public DirectoryPage.Facets getFacets() {
        if (facets == null) {
            facets = directory.facets(criteria());
        }
        return facets;
    }

    public void search() {
        first = 0;
        page = null;
        facets = null;
    }

    public void clear() {
        text = department = skill = region = openTo = null;
        minYears = maxYears = null;
        search();
    }

    public void facetDepartment(String code) {
        department = code;
        search();
    }

    public void facetSkill(String value) {
        skill = value;
        search();
    }

    public void facetRegion(String value) {
        region = value;
        search();
    }

    public void facetOpenTo(String value) {
        openTo = value;
        search();
    }

    public void facetYears(String band) {
        switch (band) {
            case "0-2" -> {
                minYears = 0;
                maxYears = 2;
            }
            case "3-5" -> {
                minYears = 3;
                maxYears = 5;
            }
            case "6-10" -> {
                minYears = 6;
                maxYears = 10;
            }
            default -> {
                minYears = 11;
                maxYears = null;
            }
        }
        search();
    }

    public void next() {
        if (first + PAGE < getPage().total()) {
            first += PAGE;
            page = null;
        }
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        page = null;
    }

    public int getFrom() {
        return getPage().total() == 0 ? 0 : first + 1;
    }

    public long getTo() {
        return Math.min(first + PAGE, getPage().total());
    }

    public List<Openness> getAllOpenness() {
        return Arrays.asList(Openness.values());
    }

    public List<Map.Entry<String, Long>> entries(Map<String, Long> counts) {
        return List.copyOf(counts.entrySet());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Integer getMinYears() {
        return minYears;
    }

    public void setMinYears(Integer minYears) {
        this.minYears = minYears;
    }

    public Integer getMaxYears() {
        return maxYears;
    }

    public void setMaxYears(Integer maxYears) {
        this.maxYears = maxYears;
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getOpenTo() {
        return openTo;
    }

    public void setOpenTo(String openTo) {
        this.openTo = openTo;
    }
}
