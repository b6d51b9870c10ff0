import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../src/data/indexDataset.ts";
import { DetailsPanel } from "../../src/features/details/DetailsPanel.tsx";
import { EventMedia } from "../../src/features/details/EventMedia.tsx";
import { importTimelineJs } from "../../src/formats/timelineJs/importTimelineJs.ts";

const FILE = "https://news.example.org/timelines/flood/timeline3.json";

/** A TimelineJS file with one slide of each kind of media, read as the app reads a fetched one. */
const file = {
  events: [
    {
      start_date: { year: 2021, month: 7, day: 14 },
      unique_id: "image",
      text: { headline: "Water reaches the library" },
      media: {
        url: "./media/flood.jpg",
        caption: 'Sandbags on <a href="https://maps.example/main-st">Main Street</a>.',
        credit: "Credit: Jane Roe",
      },
    },
    {
      start_date: { year: 2021, month: 7, day: 15 },
      unique_id: "quote",
      text: { headline: "The mayor speaks" },
      media: {
        url: "<blockquote>We will rebuild.</blockquote>",
        caption: "The mayor.",
        credit: "City Hall",
      },
    },
    {
      start_date: { year: 2021, month: 7, day: 16 },
      unique_id: "video",
      text: { headline: "Footage" },
      media: {
        url: "<iframe src='https://www.youtube.com/embed/pi2v1m6gmD8'></iframe>",
        caption: "Drone footage",
      },
    },
  ],
};

function renderDetails(id: string) {
  const { dataset, problems } = importTimelineJs(file, { name: FILE, address: FILE });
  const data = indexDataset({ dataset, problems, format: "timelinejs" });
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  const none = () => {};
  return render(
    <DetailsPanel
      event={event}
      data={data}
      previous={null}
      next={null}
      activePerson={null}
      onClose={none}
      onSelect={none}
      onPerson={none}
      onShowInArticle={none}
    />,
  );
}

describe("the details panel shows an imported event's media", () => {
  it("an image inline, resolved against the file's address, with its caption, its link and one Credit", () => {
    renderDetails("image");
    const image = screen.getByRole("img", { name: "Sandbags on Main Street." });
    expect(image).toHaveAttribute(
      "src",
      "https://news.example.org/timelines/flood/media/flood.jpg",
    );
    expect(image).toHaveAttribute("referrerpolicy", "no-referrer");
    expect(image).toHaveAttribute("loading", "lazy");
    const figure = screen.getByRole("figure");
    expect(within(figure).getByRole("link", { name: "Main Street" })).toHaveAttribute(
      "href",
      "https://maps.example/main-st",
    );
    expect(within(figure).getByText("Credit: Jane Roe")).toBeVisible();
    expect(figure.textContent).not.toContain("Credit: Credit:");
  });

  it("an http image asked for over https, which the page's policy allows", () => {
    render(
      <EventMedia
        media={{
          kind: "image",
          url: "http://www.kidzone.ws/sharks/head.jpg",
          caption: "Sharks!",
          credit: null,
        }}
      />,
    );
    expect(screen.getByRole("img", { name: "Sharks!" })).toHaveAttribute(
      "src",
      "https://www.kidzone.ws/sharks/head.jpg",
    );
  });

  it("an http image of the page's own site (relative media served with the file) as it is", () => {
    const own = `${location.origin}/media/flood.png`;
    render(<EventMedia media={{ kind: "image", url: own, caption: "Own", credit: null }} />);
    expect(screen.getByRole("img", { name: "Own" })).toHaveAttribute("src", own);
  });

  it("the link card in place of an image that fails to load", () => {
    renderDetails("image");
    fireEvent.error(screen.getByRole("img", { name: "Sandbags on Main Street." }));
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByRole("link", { name: "Image on news.example.org" })).toHaveAttribute(
      "href",
      "https://news.example.org/timelines/flood/media/flood.jpg",
    );
  });

  it("a quote as text, with its caption and credit", () => {
    const { container } = renderDetails("quote");
    const figure = screen.getByRole("figure");
    expect(within(figure).getByText("We will rebuild.").closest("blockquote")).not.toBeNull();
    expect(within(figure).getByText("The mayor.")).toBeVisible();
    expect(within(figure).getByText("Credit: City Hall")).toBeVisible();
    expect(container.querySelector("iframe, script, img")).toBeNull();
  });

  it("an embed as a card linking to its source, never loaded", () => {
    const { container } = renderDetails("video");
    const card = screen.getByRole("link", { name: "YouTube video on youtube.com" });
    expect(card).toHaveAttribute("href", "https://www.youtube.com/embed/pi2v1m6gmD8");
    expect(card).toHaveAttribute("target", "_blank");
    expect(card).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.getByText("Drone footage")).toBeVisible();
    expect(container.querySelector("iframe, script, img, object, embed")).toBeNull();
  });
});

describe("EventMedia cuts long media text", () => {
  it("a long quote with Show more, a long caption and credit at 300 characters", async () => {
    const long = "word ".repeat(2_000);
    render(
      <EventMedia
        media={{
          url: null,
          caption: long,
          credit: long,
          kind: "quote",
          label: "Quote",
          text: [{ text: long }],
        }}
      />,
    );
    const quote = screen.getByRole("figure").querySelector("blockquote");
    expect(quote?.textContent?.length).toBeLessThan(1_600);
    await userEvent.click(screen.getByRole("button", { name: "Show more" }));
    expect(quote?.textContent).toContain(long.trim());
    const caption = screen.getByRole("figure").querySelector("figcaption");
    expect(caption?.textContent?.length).toBeLessThan(700);
  });
});
