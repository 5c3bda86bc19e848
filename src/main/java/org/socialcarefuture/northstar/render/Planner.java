package org.socialcarefuture.northstar.render;

import java.util.List;

/**
 * One kind of file of the site (lists, feeds, taxonomies...): plans its files from the {@link PlanContext} it was
 * made with, in the order they are published. SitePages runs the planners in turn and claims each file's address.
 */
interface Planner {

    List<OutputPage> plan();
}
