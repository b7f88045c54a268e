/**
 * The alumnus's portal home: one read model ({@link jp.kizuna.alumni.home.HomeFeed}) of what is new
 * for them across the network (news, upcoming events, openings that fit them, former colleagues who
 * joined, active spaces), built by {@link jp.kizuna.alumni.home.PortalHome} in one transaction from
 * the capabilities that own each part.
 */
package jp.kizuna.alumni.home;
