import { type ReactNode, useLayoutEffect, useRef } from 'react';

type Props = {
  /** The text whose whole width must show; also the tooltip, and what a new fit is measured for. */
  text: string;
  className?: string;
  /** The smallest font size it shrinks to; below it the line ends in «…» (the class's overflow). */
  minPx?: number;
  /** Said after the text in its own size (a card's «· 12 ответов»). */
  after?: ReactNode;
};

/**
 * One line that keeps the whole of a figure in view: its font shrinks step by step until the line
 * fits its box (and grows back when the box widens). A card's «123 456 789,50 ₽» showed as
 * «123 456 789,…», currency gone, at 1280 px.
 */
export const FitText = ({ text, className, minPx = 13, after }: Props) => {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const fit = () => {
      element.style.fontSize = '';
      let size = parseFloat(getComputedStyle(element).fontSize);
      while (element.scrollWidth > element.clientWidth && size > minPx) {
        size -= 1;
        element.style.fontSize = `${size}px`;
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [text, minPx]);
  return (
    <span ref={ref} className={className} title={text}>
      {text}
      {after}
    </span>
  );
};
