package fr.boussole.assessment.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * The radar chart of the five dimension scores, in a 300 × 300 square: SVG coordinates for the HTML report, and the
 * same drawing as a PNG for the PDF one (the PDF renderer draws images, not SVG). The first axis points up, the
 * others follow clockwise.
 */
public record RadarChart(List<String> rings, List<Axis> axes, String scores, String png) {

    static final int SIZE = 300;
    static final double CENTRE = 150;
    static final double RADIUS = 105;
    static final double LABEL_RADIUS = 122;

    /** An axis, its end and where its label goes. */
    public record Axis(String x, String y, String labelX, String labelY, String anchor, String name, int score) {
    }

    public static RadarChart of(List<String> names, List<Integer> scores) {
        int count = names.size();
        List<String> rings = new ArrayList<>();
        for (int ring = 1; ring <= 4; ring++) {
            double fraction = ring / 4.0;
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                points.add(point(i, count, RADIUS * fraction));
            }
            rings.add(svgPoints(points));
        }
        List<Axis> axes = new ArrayList<>();
        List<double[]> scorePoints = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] end = point(i, count, RADIUS);
            double[] label = point(i, count, LABEL_RADIUS);
            String anchor = Math.abs(label[0] - CENTRE) < 1 ? "middle" : label[0] > CENTRE ? "start" : "end";
            axes.add(new Axis(number(end[0]), number(end[1]), number(label[0]),
                    number(label[1] + (label[1] > CENTRE ? 10 : 0)), anchor, names.get(i), scores.get(i)));
            scorePoints.add(point(i, count, RADIUS * Math.max(0, Math.min(100, scores.get(i))) / 100.0));
        }
        return new RadarChart(rings, axes, svgPoints(scorePoints), png(count, scorePoints));
    }

    private static double[] point(int index, int count, double radius) {
        double angle = -Math.PI / 2 + 2 * Math.PI * index / count;
        return new double[] { CENTRE + radius * Math.cos(angle), CENTRE + radius * Math.sin(angle) };
    }

    private static String svgPoints(List<double[]> points) {
        StringBuilder text = new StringBuilder();
        for (double[] point : points) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(number(point[0])).append(',').append(number(point[1]));
        }
        return text.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Shapes only, no text: drawing text would need the machine's fonts. */
    private static String png(int count, List<double[]> scorePoints) {
        int scale = 2;
        BufferedImage image = new BufferedImage(SIZE * scale, SIZE * scale, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.scale(scale, scale);
            graphics.setStroke(new BasicStroke(1f));
            graphics.setColor(new Color(0xc9d6e3));
            for (int ring = 1; ring <= 4; ring++) {
                List<double[]> points = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    points.add(point(i, count, RADIUS * ring / 4.0));
                }
                graphics.drawPolygon(polygon(points));
            }
            for (int i = 0; i < count; i++) {
                double[] end = point(i, count, RADIUS);
                graphics.drawLine((int) CENTRE, (int) CENTRE, (int) Math.round(end[0]), (int) Math.round(end[1]));
            }
            Polygon scores = polygon(scorePoints);
            graphics.setColor(new Color(0x0b, 0x4f, 0x8a, 64));
            graphics.fillPolygon(scores);
            graphics.setColor(new Color(0x0b4f8a));
            graphics.setStroke(new BasicStroke(2f));
            graphics.drawPolygon(scores);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static Polygon polygon(List<double[]> points) {
        Polygon polygon = new Polygon();
        for (double[] point : points) {
            polygon.addPoint((int) Math.round(point[0]), (int) Math.round(point[1]));
        }
        return polygon;
    }
}
